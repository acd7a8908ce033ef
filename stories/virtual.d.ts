/** custom-elements.json, served by the Vite plugin in .storybook/main.ts. */
declare module 'virtual:custom-elements-manifest' {
  const manifest: {schemaVersion: string; modules: {path: string; declarations?: object[]}[]};
  export default manifest;
}
