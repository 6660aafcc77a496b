/** Where the notice's stylesheet is, for the print pipeline, which inlines it (the client page imports the CSS itself). */
export const noticeStylesheetUrl = new URL('./notice-document.css', import.meta.url);
