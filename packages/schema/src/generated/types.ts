/* eslint-disable */
/**
 * DO NOT EDIT: generated from packages/schema/schemas/*.schema.json by `pnpm gen`.
 * Edit the schemas and run `pnpm gen` again; CI fails when this file is stale.
 */

/**
 * Any element of the model, discriminated by `kind`.
 */
export type ModelElement =
  | Agency
  | Architecture
  | Framework
  | BusinessFunction
  | PublicService
  | InformationSystem
  | Database
  | Integration
  | Infrastructure
  | SecurityComponent
  | Indicator
  | View;
/**
 * Cơ quan: bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh hoặc thành phố trực thuộc trung ương, với vòng đời và quá trình hợp nhất. / An agency: ministry, ministry-level agency, government agency, province or centrally-run city, with its lifecycle and lineage.
 */
export type Agency = Element & {
  kind: 'agency';
  /**
   * Loại cơ quan. / Kind of agency.
   */
  agencyType:
    'ministry' | 'ministry-level-agency' | 'government-agency' | 'province' | 'centrally-run-city';
  /**
   * Mã định danh điện tử (QCVN 102:2016/BTTTT, QĐ 20/2020/QĐ-TTg): tối đa 35 ký tự `0-9 A-Z .`; chỉ ghi khi đã xác nhận. / Electronic identifier code: at most 35 characters of `0-9 A-Z .`; only when confirmed.
   */
  electronicCode?: string;
  /**
   * Mã đơn vị hành chính cấp tỉnh của Tổng cục Thống kê (QĐ 124/2004/QĐ-TTg). / GSO province code.
   */
  gsoCode?: string;
  /**
   * Cơ quan cấp trên (ví dụ cơ quan thuộc bộ). / Parent agency.
   */
  parent?: string;
  /**
   * Quá trình sắp xếp: hợp nhất vào, hình thành từ, đổi tên từ. / Lineage: merged into, formed from, renamed from.
   */
  lineage?: {
    mergedInto?: LineageLink;
    /**
     * @minItems 1
     */
    mergedFrom?: [LineageLink1, ...LineageLink1[]];
    renamedFrom?: LineageLink2;
  };
};
/**
 * Nhãn tự do (chữ thường, gạch ngang). / Free tags (lower-kebab).
 */
export type Tags = string[];
/**
 * Kiến trúc Chính phủ điện tử cấp Bộ hoặc Kiến trúc Chính quyền điện tử cấp tỉnh của một cơ quan theo một phiên bản Khung, gồm bảy phần. Các kiến trúc thành phần là các phần tử do cơ quan sở hữu. / The ministry-level or provincial e-government architecture of one agency under one framework version, in seven parts. The component architectures are the elements the agency owns.
 */
export type Architecture = Element & {
  kind: 'architecture';
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  agency: string;
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  framework: string;
  /**
   * Phiên bản của kiến trúc, ví dụ 2.0. / Version of this architecture.
   */
  version?: string;
  /**
   * Trạng thái: dự thảo, đã phê duyệt, đã được thay thế. / Status.
   */
  status: 'draft' | 'approved' | 'superseded';
  approval?: Citation1;
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  supersedes?: string;
  vision?: Markdown1;
  objectives?: Markdown2;
  scope?: Markdown3;
  principles?: Markdown4;
  /**
   * Tổ chức triển khai: các nhiệm vụ theo năm. / Implementation roadmap: tasks by year.
   */
  roadmap?: Task[];
};
/**
 * Một phiên bản Khung Kiến trúc Chính phủ điện tử Việt Nam (hồ sơ mà các quy tắc và trang web đọc): các mô hình tham chiếu, các lớp của sơ đồ tổng thể, các thành phần bắt buộc. / One version of the Vietnam e-Government Architecture Framework, a profile the rules and the site read: its reference models, the layers of its overall diagram, its mandatory components.
 */
export type Framework = Element & {
  kind: 'framework';
  /**
   * Số phiên bản. / Version number.
   */
  version: string;
  instrument: Citation2;
  /**
   * Các mô hình tham chiếu. / Reference models.
   */
  referenceModels?: {
    code: string;
    name: Text;
    description?: Markdown;
  }[];
  /**
   * Các phần bắt buộc của một kiến trúc cấp bộ/tỉnh. / The parts every ministry or provincial architecture has.
   */
  parts?: {
    /**
     * Mã định danh ổn định, chữ thường ASCII nối bằng gạch ngang, duy nhất trong toàn mô hình. / Stable id: lower-kebab ASCII, unique in the whole model.
     */
    id: string;
    name: Text;
  }[];
  /**
   * Các lớp của sơ đồ tổng thể, theo thứ tự từ người sử dụng đến hạ tầng; `aside` là lớp xuyên suốt (quản lý, an toàn thông tin). / Layers of the overall diagram, from users to infrastructure; `aside` layers run beside all others.
   */
  layers?: {
    /**
     * Mã định danh ổn định, chữ thường ASCII nối bằng gạch ngang, duy nhất trong toàn mô hình. / Stable id: lower-kebab ASCII, unique in the whole model.
     */
    id: string;
    name: Text;
    aside?: boolean;
    /**
     * Các loại hệ thống thuộc lớp này. / System categories drawn in this layer.
     */
    categories?: string[];
    /**
     * Các loại phần tử thuộc lớp này. / Element kinds drawn in this layer.
     */
    kinds?: string[];
  }[];
  /**
   * Thành phần bắt buộc của kiến trúc cấp bộ hoặc cấp tỉnh. / Components a ministry or provincial architecture must have.
   */
  mandatoryComponents?: {
    /**
     * Loại hệ thống (category của information-system). / Information-system category.
     */
    category: string;
    /**
     * Với nền tảng tích hợp: LGSP, NGSP… / For integration platforms: LGSP, NGSP…
     */
    platform?: string;
    /**
     * @minItems 1
     */
    levels: ['ministry' | 'province', ...('ministry' | 'province')[]];
    /**
     * Hệ thống dùng chung quốc gia mà thành phần phải kết nối. / National shared systems the component must connect to.
     *
     * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
     */
    connectsTo?: string[];
    basis?: Citation;
    name: Text;
  }[];
};
/**
 * Chức năng nghiệp vụ trong mô hình tham chiếu nghiệp vụ (BRM), phân cấp bằng `partOf`. / A business function of the business reference model (BRM), in a hierarchy by `partOf`.
 */
export type BusinessFunction = Element & {
  kind: 'business-function';
  /**
   * Mã chức năng theo BRM. / BRM code.
   */
  code?: string;
  /**
   * Cơ quan (mã) hoặc danh sách các giai đoạn, mỗi giai đoạn một cơ quan, để ghi nhận chuyển giao. / An agency id, or periods each with its agency, to record a handover.
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  partOf?: string;
};
/**
 * Dịch vụ công trực tuyến: mức độ, hệ thống cung cấp, đã tích hợp với Cổng Dịch vụ công quốc gia hay chưa. / An online public service: its level, the system that provides it, whether it is integrated with the National Public Service Portal.
 */
export type PublicService = Element & {
  kind: 'public-service';
  /**
   * Mã thủ tục hành chính trên CSDL quốc gia về TTHC. / Administrative procedure code.
   */
  procedureCode?: string;
  /**
   * Cơ quan (mã) hoặc danh sách các giai đoạn, mỗi giai đoạn một cơ quan, để ghi nhận chuyển giao. / An agency id, or periods each with its agency, to record a handover.
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Mức độ dịch vụ công trực tuyến (1–4, NĐ 43/2011/NĐ-CP). / Online service level 1–4.
   */
  onlineLevel: number;
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  providedBy?: string;
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  businessFunction?: string;
  /**
   * Đã tích hợp với Cổng Dịch vụ công quốc gia. / Integrated with the National Public Service Portal.
   */
  nationalPortalIntegration?: boolean;
};
/**
 * Hệ thống thông tin (mô hình tham chiếu ứng dụng, ARM): cổng thông tin, cổng dịch vụ công, hệ thống một cửa điện tử, quản lý văn bản và điều hành, nền tảng tích hợp (LGSP/NGSP/NDXP/NDOP), thư điện tử, báo cáo, ứng dụng chuyên ngành… với chủ quản, trạng thái và cấp độ an toàn (NĐ 85/2016/NĐ-CP). / An information system of the application reference model: category, owner, operator, status and security level (Decree 85/2016).
 */
export type InformationSystem = Element & {
  kind: 'information-system';
  /**
   * Loại hệ thống. / Category.
   */
  category:
    | 'portal'
    | 'public-service-portal'
    | 'one-stop-shop'
    | 'document-management'
    | 'document-axis'
    | 'integration-platform'
    | 'email'
    | 'reporting'
    | 'meeting'
    | 'identification'
    | 'digital-signature'
    | 'data-platform'
    | 'sectoral-application'
    | 'internal-application'
    | 'other';
  /**
   * Với nền tảng tích hợp: LGSP (cấp bộ/tỉnh), NGSP, NDXP, NDOP. / For integration platforms: which kind.
   */
  platform?: 'LGSP' | 'NGSP' | 'NDXP' | 'NDOP';
  /**
   * Phạm vi: quốc gia (hệ thống dùng chung), bộ/ngành, địa phương. / Scope: national (shared), sectoral, local.
   */
  scope?: 'national' | 'sectoral' | 'local';
  /**
   * Cơ quan chủ quản (có thể theo giai đoạn). / Owner agency (over time).
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Đơn vị vận hành. / Operator.
   */
  operator?:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Trạng thái: kế hoạch, đang xây dựng, đang vận hành, đã dừng. / Lifecycle status.
   */
  status: 'planned' | 'building' | 'operating' | 'retired';
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  launched?: string;
  /**
   * Căn cứ pháp lý. / Legal basis.
   */
  legalBasis?: Citation[];
  /**
   * Đối tượng sử dụng. / Who uses it.
   */
  users?: ('citizens' | 'businesses' | 'officials')[];
  /**
   * Kênh giao tiếp. / Access channels.
   */
  channels?: ('web' | 'mobile' | 'one-stop-desk' | 'phone' | 'kiosk' | 'api')[];
  securityLevel?: SecurityLevel;
  /**
   * Hệ thống hoặc CSDL mà hệ thống này sử dụng trực tiếp (không qua nền tảng tích hợp). / Systems or databases it uses directly.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  uses?: string[];
  /**
   * Hạ tầng nơi hệ thống được triển khai. / Infrastructure it runs on.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  hostedOn?: string[];
  /**
   * Hệ thống cũ mà hệ thống này thay thế hoặc kế thừa (đổi tên, hợp nhất). / The system it replaces or continues.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  replaces?: string[];
  /**
   * Địa chỉ truy cập công khai. / Public address.
   */
  url?: string;
};
/**
 * Cơ sở dữ liệu (mô hình tham chiếu dữ liệu, DRM): quốc gia, chuyên ngành hoặc địa phương; cơ quan chủ quản theo thời gian; căn cứ pháp lý (QĐ 714/QĐ-TTg, NĐ 47/2024/NĐ-CP). / A database of the data reference model: national, sectoral or local; owner over time; legal basis.
 */
export type Database = Element & {
  kind: 'database';
  /**
   * Phạm vi. / Scope.
   */
  scope: 'national' | 'sectoral' | 'local';
  /**
   * Cơ quan (mã) hoặc danh sách các giai đoạn, mỗi giai đoạn một cơ quan, để ghi nhận chuyển giao. / An agency id, or periods each with its agency, to record a handover.
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Lĩnh vực dữ liệu. / Data domains.
   */
  dataDomains?: Text[];
  /**
   * Căn cứ pháp lý. / Legal basis.
   */
  legalBasis?: Citation[];
  /**
   * Cơ quan chủ quản do căn cứ pháp lý chỉ định (theo giai đoạn). / The owner that the legal basis names (over time).
   */
  legalOwner?:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  hostedBy?: string;
  status?: 'planned' | 'building' | 'operating' | 'retired';
};
/**
 * Một luồng dữ liệu hoặc kết nối giữa hai hệ thống/CSDL, qua các nền tảng tích hợp (TT 13/2017/TT-BTTTT, NĐ 47/2020/NĐ-CP). / A data flow or connection between two systems or databases, through integration platforms.
 */
export type Integration = Element & {
  kind: 'integration';
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  from: string;
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  to: string;
  /**
   * Các nền tảng tích hợp mà luồng đi qua, theo thứ tự. / Integration platforms it passes through, in order.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  via?: string[];
  /**
   * Dữ liệu trao đổi. / Data exchanged.
   *
   * @minItems 1
   */
  data?: [Text, ...Text[]];
  /**
   * Chuẩn kỹ thuật, ví dụ edXML. / Technical standard, e.g. edXML.
   */
  standard?: string;
  direction?: 'one-way' | 'two-way';
  status: 'planned' | 'building' | 'operating' | 'retired';
};
/**
 * Hạ tầng kỹ thuật (mô hình tham chiếu kỹ thuật, TRM): trung tâm dữ liệu, mạng truyền số liệu chuyên dùng, điện toán đám mây. / Technical infrastructure of the technology reference model: data centre, specialised data network, cloud.
 */
export type Infrastructure = Element & {
  kind: 'infrastructure';
  /**
   * Loại hạ tầng. / Kind of infrastructure.
   */
  infrastructureType: 'data-centre' | 'network' | 'cloud' | 'other';
  scope?: 'national' | 'sectoral' | 'local';
  /**
   * Cơ quan (mã) hoặc danh sách các giai đoạn, mỗi giai đoạn một cơ quan, để ghi nhận chuyển giao. / An agency id, or periods each with its agency, to record a handover.
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  status: 'planned' | 'building' | 'operating' | 'retired';
  /**
   * Hạ tầng khác mà hạ tầng này kết nối. / Other infrastructure it connects to.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  connectsTo?: string[];
  legalBasis?: Citation[];
};
/**
 * Thành phần an toàn thông tin (mô hình tham chiếu an toàn thông tin, SRM): SOC, giám sát, tường lửa, sao lưu, xác thực… gắn với các hệ thống được bảo vệ. / A security component of the security reference model, linked to the systems it protects.
 */
export type SecurityComponent = Element & {
  kind: 'security-component';
  /**
   * Loại thành phần. / Kind of component.
   */
  componentType:
    'soc' | 'monitoring' | 'firewall' | 'backup' | 'authentication' | 'antimalware' | 'other';
  /**
   * Cơ quan (mã) hoặc danh sách các giai đoạn, mỗi giai đoạn một cơ quan, để ghi nhận chuyển giao. / An agency id, or periods each with its agency, to record a handover.
   */
  owner:
    | string
    | [
        {
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        },
        ...{
          /**
           * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
           */
          agency: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          since?: string;
          /**
           * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
           */
          until?: string;
          basis?: Citation;
        }[]
      ];
  status: 'planned' | 'building' | 'operating' | 'retired';
  /**
   * Hệ thống, CSDL hoặc hạ tầng được bảo vệ. / What it protects.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  protects?: string[];
  /**
   * Hệ thống giám sát cấp trên mà thành phần này gửi dữ liệu. / Upstream monitoring it reports to.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  reportsTo?: string[];
};
/**
 * Chỉ tiêu (ví dụ của Nghị quyết 17/NQ-CP): giá trị mục tiêu, đơn vị, năm, căn cứ. / A target indicator (e.g. of Resolution 17/NQ-CP): target value, unit, year, legal basis.
 */
export type Indicator = Element & {
  kind: 'indicator';
  /**
   * Năm mục tiêu. / Target year.
   */
  year: number;
  /**
   * Giá trị mục tiêu. / Target value.
   */
  target: {
    value: number;
    /**
     * Cận trên khi mục tiêu là một khoảng. / Upper bound when the target is a range.
     */
    max?: number;
    unit: 'percent' | 'rank' | 'places' | 'count';
    comparison?: 'at-least' | 'exactly' | 'at-most' | 'within';
  };
  /**
   * @minItems 1
   */
  legalBasis: [Citation, ...Citation[]];
};
/**
 * Một góc nhìn (sơ đồ) tự khai báo: chọn phần tử bằng các điều kiện include/exclude theo loại, nhãn, cơ quan chủ quản và quan hệ. Các góc nhìn chuẩn (sơ đồ tổng thể, tích hợp, toàn cảnh quốc gia, ngữ cảnh) được tính tự động. / A custom view declared in the model: elements chosen by include/exclude predicates over kinds, tags, owners and relations. The standard views are computed.
 */
export type View = Element & {
  kind: 'view';
  /**
   * Phần tử thỏa một trong các điều kiện được đưa vào. / Elements matching any predicate are included.
   *
   * @minItems 1
   */
  include: [Predicate, ...Predicate[]];
  /**
   * Phần tử thỏa một trong các điều kiện bị loại ra. / Elements matching any predicate are removed.
   */
  exclude?: Predicate[];
  /**
   * Cách nhóm các hộp. / How boxes are grouped.
   */
  groupBy?: 'layer' | 'owner' | 'kind' | 'none';
  /**
   * Chỉ vẽ các quan hệ này (mặc định: tất cả). / Only draw these relations (default: all).
   */
  relations?: string[];
  /**
   * Số hộp tối đa (mặc định theo cấu hình, 150). / Most boxes allowed.
   */
  maxNodes?: number;
};

/**
 * Các trường chung của mọi phần tử. `since`/`until` là ngày đầu và ngày cuối còn hiệu lực (cả hai tính cả ngày đó). / Fields every element has. `since`/`until` are the first and the last day in force (both inclusive).
 */
export interface Element {
  kind: string;
  /**
   * Mã định danh ổn định, chữ thường ASCII nối bằng gạch ngang, duy nhất trong toàn mô hình. / Stable id: lower-kebab ASCII, unique in the whole model.
   */
  id: string;
  name: Text;
  abbreviation?: Text;
  description?: Markdown;
  /**
   * Nguồn gốc của dữ kiện: `confirmed` kèm nguồn; `unconfirmed` (chưa kiểm chứng); `illustrative` (ví dụ minh họa, không phải hồ sơ chính thức). / Where a fact comes from: `confirmed` with sources; `unconfirmed`; `illustrative` (an example, not an official record).
   */
  provenance:
    | ('illustrative' | 'unconfirmed')
    | {
        status?: 'confirmed' | 'unconfirmed' | 'illustrative';
        sources?: Citation[];
        note?: string;
      };
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  since?: string;
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  until?: string;
  tags?: Tags;
}
/**
 * Văn bản song ngữ: tiếng Việt bắt buộc, tiếng Anh nếu có. / Bilingual text: Vietnamese required, English optional.
 */
export interface Text {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * Văn bản song ngữ định dạng Markdown. / Bilingual Markdown text.
 */
export interface Markdown {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * Một nguồn: văn bản pháp lý (số hiệu, ngày) và/hoặc địa chỉ URL (ít nhất một trong hai). / A source: a legal instrument (number, date) and/or a URL (at least one of the two).
 */
export interface Citation {
  /**
   * Số hiệu văn bản, ví dụ QĐ 714/QĐ-TTg. / Instrument number, e.g. QĐ 714/QĐ-TTg.
   */
  decision?: string;
  /**
   * Ngày ban hành. / Date issued.
   */
  date?: string;
  /**
   * Địa chỉ nguồn công khai. / Public source URL.
   */
  url?: string;
  /**
   * Tên văn bản hoặc trang. / Title of the instrument or page.
   */
  title?: string;
  /**
   * Ghi chú về phần được trích. / What the source supports.
   */
  note?: string;
}
export interface LineageLink {
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  agency: string;
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  date: string;
  basis?: Citation;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "lineageLink".
 */
export interface LineageLink1 {
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  agency: string;
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  date: string;
  basis?: Citation;
}
export interface LineageLink2 {
  /**
   * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  agency: string;
  /**
   * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
   */
  date: string;
  basis?: Citation;
}
/**
 * Một nguồn: văn bản pháp lý (số hiệu, ngày) và/hoặc địa chỉ URL (ít nhất một trong hai). / A source: a legal instrument (number, date) and/or a URL (at least one of the two).
 */
export interface Citation1 {
  /**
   * Số hiệu văn bản, ví dụ QĐ 714/QĐ-TTg. / Instrument number, e.g. QĐ 714/QĐ-TTg.
   */
  decision?: string;
  /**
   * Ngày ban hành. / Date issued.
   */
  date?: string;
  /**
   * Địa chỉ nguồn công khai. / Public source URL.
   */
  url?: string;
  /**
   * Tên văn bản hoặc trang. / Title of the instrument or page.
   */
  title?: string;
  /**
   * Ghi chú về phần được trích. / What the source supports.
   */
  note?: string;
}
/**
 * Văn bản song ngữ định dạng Markdown. / Bilingual Markdown text.
 */
export interface Markdown1 {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * Văn bản song ngữ định dạng Markdown. / Bilingual Markdown text.
 */
export interface Markdown2 {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * Văn bản song ngữ định dạng Markdown. / Bilingual Markdown text.
 */
export interface Markdown3 {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * Văn bản song ngữ định dạng Markdown. / Bilingual Markdown text.
 */
export interface Markdown4 {
  /**
   * Tiếng Việt. / Vietnamese.
   */
  vi: string;
  /**
   * Tiếng Anh. / English.
   */
  en?: string;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "task".
 */
export interface Task {
  /**
   * Mã định danh ổn định, chữ thường ASCII nối bằng gạch ngang, duy nhất trong toàn mô hình. / Stable id: lower-kebab ASCII, unique in the whole model.
   */
  id: string;
  name: Text;
  /**
   * Năm bắt đầu. / First year.
   */
  from: number;
  /**
   * Năm kết thúc. / Last year.
   */
  to: number;
  status: 'planned' | 'in-progress' | 'done' | 'cancelled';
  /**
   * Các hệ thống mà nhiệm vụ xây dựng hoặc nâng cấp. / Systems the task builds or upgrades.
   *
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  systems?: string[];
}
/**
 * Một nguồn: văn bản pháp lý (số hiệu, ngày) và/hoặc địa chỉ URL (ít nhất một trong hai). / A source: a legal instrument (number, date) and/or a URL (at least one of the two).
 */
export interface Citation2 {
  /**
   * Số hiệu văn bản, ví dụ QĐ 714/QĐ-TTg. / Instrument number, e.g. QĐ 714/QĐ-TTg.
   */
  decision?: string;
  /**
   * Ngày ban hành. / Date issued.
   */
  date?: string;
  /**
   * Địa chỉ nguồn công khai. / Public source URL.
   */
  url?: string;
  /**
   * Tên văn bản hoặc trang. / Title of the instrument or page.
   */
  title?: string;
  /**
   * Ghi chú về phần được trích. / What the source supports.
   */
  note?: string;
}
/**
 * Cấp độ an toàn hệ thống thông tin (NĐ 85/2016/NĐ-CP) và tình trạng hồ sơ đề xuất cấp độ, phương án bảo đảm an toàn. / Security level (Decree 85/2016), the state of its level dossier and its security plan.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "securityLevel".
 */
export interface SecurityLevel {
  level: number;
  /**
   * Hồ sơ đề xuất cấp độ. / Level-proposal dossier.
   */
  dossier?: 'none' | 'drafting' | 'submitted' | 'approved';
  /**
   * Phương án bảo đảm an toàn thông tin. / Security plan.
   */
  plan?: 'none' | 'drafting' | 'approved' | 'implemented';
  approval?: Citation;
}
/**
 * Mọi điều kiện đã nêu phải cùng thỏa. / Every condition given must hold.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "predicate".
 */
export interface Predicate {
  /**
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  ids?: string[];
  kinds?: string[];
  categories?: string[];
  tags?: string[];
  /**
   * Items: Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
   */
  owners?: string[];
  relatedTo?: {
    /**
     * Tham chiếu tới mã của một phần tử khác. / A reference to another element's id.
     */
    element: string;
    relations?: string[];
    depth?: number;
  };
}

/**
 * Cấu hình của kientruc: thư mục mô hình, ngày đánh giá mặc định, mức độ của từng quy tắc. / kientruc configuration: model folder, default as-of date, rule severities.
 */
export interface KientrucConfig {
  /**
   * Thư mục mô hình, tương đối với tệp cấu hình. / Model folder, relative to this file.
   */
  model?: string;
  /**
   * Ngày đánh giá mặc định (mặc định: hôm nay). / Default as-of date (default: today).
   */
  asOf?: string;
  /**
   * Mức độ của quy tắc: error, warning, info hoặc off. / Rule severities.
   */
  rules?: {
    [k: string]: 'error' | 'warning' | 'info' | 'off';
  };
  limits?: {
    /**
     * Kích thước tối đa của một tệp mô hình. / Largest model file accepted.
     */
    maxFileBytes?: number;
    /**
     * Số alias YAML tối đa trong một tệp. / Most YAML aliases in one file.
     */
    maxAliases?: number;
  };
  /**
   * Sơ đồ (góc nhìn). / Diagrams (views).
   */
  views?: {
    /**
     * Số hộp tối đa của một sơ đồ; sơ đồ lớn hơn bị từ chối kèm gợi ý cách chia nhỏ. / Most boxes a diagram may have; a larger view is refused with a suggestion on how to split it.
     */
    maxNodes?: number;
  };
  /**
   * Ngày chốt của mỗi ấn bản theo năm (mặc định 31/12). / Cut-off date of each yearly edition (default 31 December).
   */
  editions?: {
    /**
     * Ngày theo ISO 8601 (YYYY-MM-DD). / A calendar date, ISO 8601.
     */
    [k: string]: string;
  };
}
