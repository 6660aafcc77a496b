/**
 * Status notices: the round's notice models, observations and national recommendations (drafted
 * from data, edited by staff), the draft → reviewed → issued workflow, and the PDF pipeline.
 */
export { loadRoundContext, type RoundContext, type LoadOptions } from './context';
export { buildNoticeModel, noticeContentHash } from './model';
export { applyAction, listNotices, listVersions, liveStamp, noticeStatus, readVersion, type WorkflowAction } from './workflow';
export { printableNotice, renderNoticePdf, renderRound, zipNotices, mergeNotices, type VersionChoice } from './pdf/print';
export { closeNoticeRenderer, noticeRenderer, NoticeRenderer } from './pdf/renderer';
