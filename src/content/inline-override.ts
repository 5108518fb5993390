/**
 * One declaration Unnag writes into a page element's style attribute with `!important`, the only
 * thing that outweighs a site's own inline `!important`, and takes back as the site left it: the
 * whole attribute when the site did not touch it meanwhile, else only that property (the site's
 * own value back, or none), and not even that when the site has since set or removed the property
 * itself (a site that unlocked its page meanwhile is not locked again).
 */
export interface InlineOverride {
  undo(): void;
}

export function overrideInline(element: HTMLElement, property: string, value: string): InlineOverride {
  const { style } = element;
  const before = element.getAttribute('style');
  const [siteValue, sitePriority] = [style.getPropertyValue(property), style.getPropertyPriority(property)];
  style.setProperty(property, value, 'important');
  const after = element.getAttribute('style');
  const ours = [style.getPropertyValue(property), style.getPropertyPriority(property)].join('!');
  return {
    undo(): void {
      if (element.getAttribute('style') === after) {
        if (before === null) element.removeAttribute('style');
        else element.setAttribute('style', before);
      } else if ([style.getPropertyValue(property), style.getPropertyPriority(property)].join('!') !== ours) {
        return;
      } else if (siteValue) {
        style.setProperty(property, siteValue, sitePriority);
      } else {
        style.removeProperty(property);
      }
    },
  };
}
