/**
 * Validation of the outputs by independent tools: {@link dev.octavo.check.EpubValidator} runs EPUBCheck and
 * {@link dev.octavo.check.PdfValidator} runs veraPDF (PDF/A-3u and PDF/UA-1). Part of the API. The validators are
 * not dependencies of Octavo's artifact: a library user adds {@code org.w3c:epubcheck} or
 * {@code org.verapdf:validation-model}, and the check goal resolves them when it runs.
 */
package dev.octavo.check;
