/**
 * The live preview: {@link dev.octavo.preview.PreviewServer} shows the book in a browser and keeps it up to date as
 * its files change. Part of the API.
 */
package dev.octavo.preview;
