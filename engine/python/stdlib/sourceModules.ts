// Standard modules written in agnb Python itself (stdlib/source/*.py), for modules whose behaviour is plain
// Python over the object model: dataclasses, copy, string, typing, and collections and functools over their
// native cores (_collections, _functools). Each is compiled once per process and run once per interpreter that
// imports it, like any module body.
import { compileModule, type CompiledModule } from '../compiler';
import { Frame } from '../frame';
import { registerModule } from '../modules';
import { PyModule } from '../objects/core';
import type { CodeUnit } from '../objects/exceptions';
import { parseModule } from '../parse';
import collectionsSource from './source/collections.py';
import copySource from './source/copy.py';
import dataclassesSource from './source/dataclasses.py';
import functoolsSource from './source/functools.py';
import stringSource from './source/string.py';
import typingSource from './source/typing.py';

/** Makes `import name` run `source`, a module written in agnb Python. */
export function registerSourceModule(name: string, source: string): void {
  let compiled: CompiledModule | undefined;
  registerModule(name, (loading) => {
    if (!compiled) {
      const unit: CodeUnit = { origin: `File "<agnb ${name}>"`, lineOffset: 0, lines: source.split('\n'), library: true };
      compiled = compileModule(parseModule(source), unit, false);
    }
    const module = new PyModule(name);
    loading(module);
    compiled.body(new Frame(compiled.code, module.dict!, []));
    return module;
  });
}

registerSourceModule('collections', collectionsSource);
registerSourceModule('copy', copySource);
registerSourceModule('dataclasses', dataclassesSource);
registerSourceModule('functools', functoolsSource);
registerSourceModule('string', stringSource);
registerSourceModule('typing', typingSource);
