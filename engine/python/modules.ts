// The registry of importable modules. agnb has no file system imports: every module is native and
// registered by engine code (`registerModule('math', ...)`); each interpreter instantiates a module once.
import { PyModule } from './objects/core';
import { ModuleNotFoundError, pyError } from './objects/exceptions';

/** Builds a module; a module whose body imports its own submodules announces itself first with `loading`. */
export type ModuleFactory = (loading: (module: PyModule) => void) => PyModule;

const factories = new Map<string, ModuleFactory>();

/** Makes `import name` available; the factory runs the first time an interpreter imports the module. */
export function registerModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function availableModules(): string[] {
  return [...factories.keys()].sort();
}

export function isModuleAvailable(name: string): boolean {
  return factories.has(name);
}

/** What `import name` says when agnb has no such module (CPython's message, plus what agnb does have). */
export function missingModuleMessage(name: string): string {
  const top = name.split('.')[0];
  const supported = availableModules().join(', ') || 'none';
  return `No module named '${factories.has(top) ? name : top}' (agnb supports only these modules: ${supported})`;
}

/** One interpreter's loaded modules (sys.modules). */
export class ModuleCache {
  private readonly loaded = new Map<string, PyModule>();
  /** Run after each cell, as IPython's post_execute hooks (pyplot shows the figures a cell left open). */
  readonly cellEndHooks: (() => void)[] = [];

  import(name: string): PyModule {
    let module = this.loaded.get(name);
    if (module) return module;
    const factory = factories.get(name);
    if (!factory) {
      throw pyError(ModuleNotFoundError, missingModuleMessage(name));
    }
    // Like sys.modules, the cache holds a module while its body runs, so a submodule importing it gets it.
    try {
      module = factory((partial) => this.loaded.set(name, partial));
    } catch (error) {
      this.loaded.delete(name);
      throw error;
    }
    this.loaded.set(name, module);
    return module;
  }
}
