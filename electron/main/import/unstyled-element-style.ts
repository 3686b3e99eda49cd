import { parseHTML } from 'linkedom';

interface LinkedomElement {
  hasAttribute(name: string): boolean;
  unstyledStyle?: true;
}

/** What `element.style` answers for an element without a `style` attribute: no declarations. */
const noDeclarations = Object.freeze({
  length: 0,
  cssText: '',
  getPropertyValue: () => '',
});

/**
 * linkedom builds a CSSStyleDeclaration (a Map behind a Proxy) the first time an
 * element's `style` is read, and ProseMirror's DOMParser reads it for every element
 * it parses. An element with no `style` attribute gets an empty, frozen declaration
 * instead; the import only reads styles, never writes them. Applied once per process.
 */
export function installUnstyledElementStyle(): void {
  const { Element } = parseHTML('<!doctype html><html><body></body></html>') as unknown as {
    Element: { prototype: LinkedomElement };
  };
  const prototype = Element.prototype;
  if (prototype.unstyledStyle) return;
  const style = Object.getOwnPropertyDescriptor(prototype, 'style');
  if (!style?.get) return;
  const styled = style.get;
  Object.defineProperty(prototype, 'style', {
    ...style,
    get(this: LinkedomElement) {
      return this.hasAttribute('style') ? styled.call(this) : noDeclarations;
    },
  });
  prototype.unstyledStyle = true;
}
