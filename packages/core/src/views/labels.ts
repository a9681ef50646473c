/** Bilingual names of what diagrams show: element kinds, relations, users and access channels. */
import type { ViewText } from './types.js';

type Labels = Record<string, { vi: string; en: string }>;

/** Kinds of box, for legends and groups. `user` and `channel` are the synthesised boxes of the overall diagram. */
export const KIND_LABELS: Labels = {
  agency: { vi: 'Cơ quan', en: 'Agency' },
  architecture: { vi: 'Kiến trúc', en: 'Architecture' },
  framework: { vi: 'Khung kiến trúc', en: 'Framework' },
  'business-function': { vi: 'Chức năng nghiệp vụ', en: 'Business function' },
  'public-service': { vi: 'Dịch vụ công', en: 'Public service' },
  'information-system': { vi: 'Hệ thống thông tin', en: 'Information system' },
  database: { vi: 'Cơ sở dữ liệu', en: 'Database' },
  integration: { vi: 'Luồng tích hợp', en: 'Integration' },
  infrastructure: { vi: 'Hạ tầng kỹ thuật', en: 'Infrastructure' },
  'security-component': { vi: 'Thành phần an toàn thông tin', en: 'Security component' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  view: { vi: 'Góc nhìn', en: 'View' },
  user: { vi: 'Người sử dụng', en: 'Users' },
  channel: { vi: 'Kênh giao tiếp', en: 'Access channel' },
};

/** Plural nouns for aggregated boxes: "12 dịch vụ công" / "12 public services". */
export const KIND_PLURALS: Labels = {
  agency: { vi: 'cơ quan', en: 'agencies' },
  'business-function': { vi: 'chức năng nghiệp vụ', en: 'business functions' },
  'public-service': { vi: 'dịch vụ công', en: 'public services' },
  'information-system': { vi: 'hệ thống thông tin', en: 'information systems' },
  database: { vi: 'cơ sở dữ liệu', en: 'databases' },
  infrastructure: { vi: 'hạ tầng kỹ thuật', en: 'infrastructure elements' },
  'security-component': { vi: 'thành phần an toàn thông tin', en: 'security components' },
};

/**
 * How an edge reads, source to target. Relations of the metamodel use their forward name; views
 * add `integration` (a data flow), `access` (users and channels) and `connectedTo` (aggregated).
 */
export const RELATION_LABELS: Labels = {
  integration: { vi: 'trao đổi dữ liệu', en: 'exchanges data' },
  access: { vi: 'truy cập', en: 'accesses' },
  connectedTo: { vi: 'kết nối', en: 'connected to' },
  ownedBy: { vi: 'chủ quản', en: 'owned by' },
  operatedBy: { vi: 'vận hành', en: 'operated by' },
  legallyOwnedBy: { vi: 'chủ quản theo văn bản', en: 'legally owned by' },
  uses: { vi: 'sử dụng', en: 'uses' },
  hostedOn: { vi: 'đặt tại', en: 'hosted on' },
  hostedBy: { vi: 'do hệ thống lưu trữ', en: 'hosted by' },
  replaces: { vi: 'thay thế', en: 'replaces' },
  connectsTo: { vi: 'kết nối', en: 'connects to' },
  protects: { vi: 'bảo vệ', en: 'protects' },
  reportsTo: { vi: 'báo cáo', en: 'reports to' },
  providedBy: { vi: 'cung cấp qua', en: 'provided by' },
  realizes: { vi: 'thực hiện', en: 'realizes' },
  partOf: { vi: 'thuộc', en: 'part of' },
};

export const USER_LABELS: Labels = {
  citizens: { vi: 'Người dân', en: 'Citizens' },
  businesses: { vi: 'Doanh nghiệp', en: 'Businesses' },
  officials: { vi: 'Cán bộ, công chức', en: 'Officials' },
};

export const CHANNEL_LABELS: Labels = {
  web: { vi: 'Trình duyệt web', en: 'Web' },
  mobile: { vi: 'Thiết bị di động', en: 'Mobile' },
  'one-stop-desk': { vi: 'Bộ phận một cửa', en: 'One-stop desk' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  kiosk: { vi: 'Ki-ốt', en: 'Kiosk' },
  api: { vi: 'Giao diện lập trình (API)', en: 'API' },
};

export const LEVEL_LABELS: Labels = {
  ministry: { vi: 'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', en: 'Ministries and central agencies' },
  province: { vi: 'Tỉnh, thành phố trực thuộc trung ương', en: 'Provinces and centrally-run cities' },
  other: { vi: 'Cơ quan khác', en: 'Other agencies' },
};

export function kindLabel(kind: string): { vi: string; en: string } {
  return KIND_LABELS[kind] ?? { vi: kind, en: kind };
}

export function relationLabel(relation: string): { vi: string; en: string } {
  return RELATION_LABELS[relation] ?? { vi: relation, en: relation };
}

/** The text in one language, falling back to Vietnamese. */
export function textIn(text: ViewText, lang: 'vi' | 'en'): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}
