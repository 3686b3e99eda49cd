/** What the user is told when a figure's image cannot be embedded, in every export format. */
export function figureImageWarning(source: string, problem: 'missing' | 'damaged'): string {
  return problem === 'damaged'
    ? `An image file in the data folder is damaged (${source}); its figure is exported without it. Insert the image again to replace it.`
    : `An image file is missing from the data folder (${source}); its figure is exported without it.`;
}
