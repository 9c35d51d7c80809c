// Vite's ?raw imports, as the test bundler resolves them: the file's text (workerd tests have no file system).
declare module "*.md?raw" {
  const text: string;
  export default text;
}
