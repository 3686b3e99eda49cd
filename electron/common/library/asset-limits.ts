/** Largest image `assets.store` accepts, in bytes. Free of schema code, so the app:// handler stays light. */
export const maximumAssetBytes = 20 * 1024 * 1024;
