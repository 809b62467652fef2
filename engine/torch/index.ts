// The `torch` Python module for agnb: importing this file registers torch, torch.autograd, torch.nn and
// torch.nn.functional with the interpreter. inspect.ts describes values for rich outputs and the inspector.
import './errors';
import './tensorType';
import './module';
import './optim/index';
import './data';
import './accelerators';

export * from './inspect';
export { isModule } from './nn/module';
