// jsdom (a devDependency, for component tests) ships no types and @types/jsdom is not installed;
// XML tests use only its window's DOMParser and document.
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
