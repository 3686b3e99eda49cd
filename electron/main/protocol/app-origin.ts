/** The renderer is served from `app://briefdesk/`, never from `file://`. */
export const appScheme = 'app';
export const appHost = 'briefdesk';
export const appOrigin = `${appScheme}://${appHost}`;
