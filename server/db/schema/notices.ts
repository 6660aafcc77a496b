/**
 * Status notices (เอกสารแจ้งสถานะการดำเนินงาน), observations and national recommendations.
 * Owned by the notices feature; see server/domain/notices.
 */
export {};
