/** Python sources bundled as text (esbuild's text loader for .py). */
declare module '*.py' {
  const source: string;
  export default source;
}
