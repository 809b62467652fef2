// Stylesheets the renderer imports as text (esbuild's text loader) to put them in the output webview.
declare module '*.css' {
  const text: string;
  export default text;
}
