import { isSafeLinkUrl } from '../../../electron/common/document/link-policy';

const droppedElements =
  'script, style, link, meta, iframe, object, embed, noscript, template, form, button, input, svg, canvas';

/**
 * Clean-up applied to HTML pasted into the editor before the schema parses it:
 * no styles, classes, ids or event handlers, no comments, no active elements,
 * and links only with safe schemes. The schema drops whatever else it does not know.
 */
export function cleanPastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.body.querySelectorAll(droppedElements)) element.remove();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name === 'style' || name === 'class' || name === 'id' || name.startsWith('on')) {
        element.removeAttribute(attribute.name);
      }
    }
    if (element.tagName === 'A' && !isSafeLinkUrl(element.getAttribute('href'))) {
      element.replaceWith(...element.childNodes);
    }
  }
  return document.body.innerHTML;
}
