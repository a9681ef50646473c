/**
 * Names the synthetic national model is built from. Agency names are the units in force on
 * 2025-12-31 (17 ministries and ministry-level agencies after NQ 176/2025/QH15, 34 provinces and
 * centrally-run cities after NQ 202/2025/QH15); everything the generator builds on them is
 * invented and marked `provenance: illustrative`.
 */

export interface AgencyName {
  id: string;
  vi: string;
  en: string;
  agencyType: 'ministry' | 'ministry-level-agency' | 'province' | 'centrally-run-city';
  /** Short form used in decision numbers (QĐ …/QĐ-BCA). */
  short: string;
  /** Province code (QĐ 124/2004/QĐ-TTg); here the code of the former province of the same name. */
  gsoCode?: string;
}

export const MINISTRIES: AgencyName[] = [
  { id: 'bo-quoc-phong', vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence', agencyType: 'ministry', short: 'BQP' },
  { id: 'bo-cong-an', vi: 'Bộ Công an', en: 'Ministry of Public Security', agencyType: 'ministry', short: 'BCA' },
  { id: 'bo-ngoai-giao', vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs', agencyType: 'ministry', short: 'BNG' },
  { id: 'bo-noi-vu', vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs', agencyType: 'ministry', short: 'BNV' },
  { id: 'bo-tu-phap', vi: 'Bộ Tư pháp', en: 'Ministry of Justice', agencyType: 'ministry', short: 'BTP' },
  { id: 'bo-tai-chinh', vi: 'Bộ Tài chính', en: 'Ministry of Finance', agencyType: 'ministry', short: 'BTC' },
  { id: 'bo-cong-thuong', vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', agencyType: 'ministry', short: 'BCT' },
  { id: 'bo-nong-nghiep-va-moi-truong', vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment', agencyType: 'ministry', short: 'BNNMT' },
  { id: 'bo-xay-dung', vi: 'Bộ Xây dựng', en: 'Ministry of Construction', agencyType: 'ministry', short: 'BXD' },
  { id: 'bo-van-hoa-the-thao-va-du-lich', vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism', agencyType: 'ministry', short: 'BVHTTDL' },
  { id: 'bo-khoa-hoc-va-cong-nghe', vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology', agencyType: 'ministry', short: 'BKHCN' },
  { id: 'bo-giao-duc-va-dao-tao', vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training', agencyType: 'ministry', short: 'BGDĐT' },
  { id: 'bo-y-te', vi: 'Bộ Y tế', en: 'Ministry of Health', agencyType: 'ministry', short: 'BYT' },
  { id: 'bo-dan-toc-va-ton-giao', vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs', agencyType: 'ministry', short: 'BDTTG' },
  { id: 'ngan-hang-nha-nuoc-viet-nam', vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam', agencyType: 'ministry-level-agency', short: 'NHNN' },
  { id: 'thanh-tra-chinh-phu', vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate', agencyType: 'ministry-level-agency', short: 'TTCP' },
  { id: 'van-phong-chinh-phu', vi: 'Văn phòng Chính phủ', en: 'Government Office', agencyType: 'ministry-level-agency', short: 'VPCP' },
];

const province = (id: string, gsoCode: string, vi: string, en: string, city = false): AgencyName => ({
  id,
  gsoCode,
  vi: `${city ? 'Thành phố' : 'Tỉnh'} ${vi}`,
  en: `${en} ${city ? 'City' : 'Province'}`,
  agencyType: city ? 'centrally-run-city' : 'province',
  short: 'UBND',
});

export const PROVINCES: AgencyName[] = [
  province('ha-noi', '01', 'Hà Nội', 'Ha Noi', true),
  province('cao-bang', '04', 'Cao Bằng', 'Cao Bang'),
  province('dien-bien', '11', 'Điện Biên', 'Dien Bien'),
  province('lai-chau', '12', 'Lai Châu', 'Lai Chau'),
  province('son-la', '14', 'Sơn La', 'Son La'),
  province('lang-son', '20', 'Lạng Sơn', 'Lang Son'),
  province('quang-ninh', '22', 'Quảng Ninh', 'Quang Ninh'),
  province('thanh-hoa', '38', 'Thanh Hóa', 'Thanh Hoa'),
  province('nghe-an', '40', 'Nghệ An', 'Nghe An'),
  province('ha-tinh', '42', 'Hà Tĩnh', 'Ha Tinh'),
  province('hue', '46', 'Huế', 'Hue', true),
  province('tuyen-quang', '08', 'Tuyên Quang', 'Tuyen Quang'),
  province('lao-cai', '10', 'Lào Cai', 'Lao Cai'),
  province('thai-nguyen', '19', 'Thái Nguyên', 'Thai Nguyen'),
  province('phu-tho', '25', 'Phú Thọ', 'Phu Tho'),
  province('bac-ninh', '27', 'Bắc Ninh', 'Bac Ninh'),
  province('hung-yen', '33', 'Hưng Yên', 'Hung Yen'),
  province('hai-phong', '31', 'Hải Phòng', 'Hai Phong', true),
  province('ninh-binh', '37', 'Ninh Bình', 'Ninh Binh'),
  province('quang-tri', '45', 'Quảng Trị', 'Quang Tri'),
  province('da-nang', '48', 'Đà Nẵng', 'Da Nang', true),
  province('quang-ngai', '51', 'Quảng Ngãi', 'Quang Ngai'),
  province('gia-lai', '64', 'Gia Lai', 'Gia Lai'),
  province('khanh-hoa', '56', 'Khánh Hòa', 'Khanh Hoa'),
  province('lam-dong', '68', 'Lâm Đồng', 'Lam Dong'),
  province('dak-lak', '66', 'Đắk Lắk', 'Dak Lak'),
  province('ho-chi-minh', '79', 'Hồ Chí Minh', 'Ho Chi Minh', true),
  province('dong-nai', '75', 'Đồng Nai', 'Dong Nai'),
  province('tay-ninh', '72', 'Tây Ninh', 'Tay Ninh'),
  province('can-tho', '92', 'Cần Thơ', 'Can Tho', true),
  province('vinh-long', '86', 'Vĩnh Long', 'Vinh Long'),
  province('dong-thap', '87', 'Đồng Tháp', 'Dong Thap'),
  province('ca-mau', '96', 'Cà Mau', 'Ca Mau'),
  province('an-giang', '89', 'An Giang', 'An Giang'),
];

/** Sectors that sectoral applications, databases and business functions are about. */
export interface Domain {
  slug: string;
  vi: string;
  en: string;
}

export const DOMAINS: Domain[] = [
  { slug: 'dat-dai', vi: 'đất đai', en: 'land' },
  { slug: 'ho-tich', vi: 'hộ tịch', en: 'civil status' },
  { slug: 'y-te', vi: 'y tế', en: 'health' },
  { slug: 'giao-duc', vi: 'giáo dục', en: 'education' },
  { slug: 'lao-dong', vi: 'lao động, việc làm', en: 'labour and employment' },
  { slug: 'thue', vi: 'thuế', en: 'taxation' },
  { slug: 'ngan-sach', vi: 'ngân sách', en: 'budget' },
  { slug: 'tai-san-cong', vi: 'tài sản công', en: 'public assets' },
  { slug: 'dau-tu-cong', vi: 'đầu tư công', en: 'public investment' },
  { slug: 'doanh-nghiep', vi: 'doanh nghiệp', en: 'enterprises' },
  { slug: 'xay-dung', vi: 'xây dựng', en: 'construction' },
  { slug: 'quy-hoach', vi: 'quy hoạch', en: 'planning' },
  { slug: 'giao-thong', vi: 'giao thông', en: 'transport' },
  { slug: 'moi-truong', vi: 'môi trường', en: 'environment' },
  { slug: 'tai-nguyen-nuoc', vi: 'tài nguyên nước', en: 'water resources' },
  { slug: 'nong-nghiep', vi: 'nông nghiệp', en: 'agriculture' },
  { slug: 'lam-nghiep', vi: 'lâm nghiệp', en: 'forestry' },
  { slug: 'thuy-san', vi: 'thủy sản', en: 'fisheries' },
  { slug: 'cong-thuong', vi: 'công thương', en: 'industry and trade' },
  { slug: 'du-lich', vi: 'du lịch', en: 'tourism' },
  { slug: 'van-hoa', vi: 'văn hóa', en: 'culture' },
  { slug: 'the-thao', vi: 'thể thao', en: 'sports' },
  { slug: 'bao-tro-xa-hoi', vi: 'bảo trợ xã hội', en: 'social protection' },
  { slug: 'nguoi-co-cong', vi: 'người có công', en: 'veterans and martyrs' },
  { slug: 'can-bo', vi: 'cán bộ, công chức', en: 'civil servants' },
  { slug: 'thi-dua', vi: 'thi đua, khen thưởng', en: 'emulation and awards' },
  { slug: 'ton-giao', vi: 'tôn giáo', en: 'religion' },
  { slug: 'dan-toc', vi: 'dân tộc', en: 'ethnic affairs' },
  { slug: 'thanh-tra', vi: 'thanh tra', en: 'inspection' },
  { slug: 'khieu-nai', vi: 'khiếu nại, tố cáo', en: 'complaints and denunciations' },
  { slug: 'tu-phap', vi: 'tư pháp', en: 'justice' },
  { slug: 'cong-chung', vi: 'công chứng', en: 'notarisation' },
  { slug: 'khoa-hoc', vi: 'khoa học', en: 'science' },
  { slug: 'so-huu-tri-tue', vi: 'sở hữu trí tuệ', en: 'intellectual property' },
  { slug: 'buu-chinh', vi: 'bưu chính', en: 'postal services' },
  { slug: 'vien-thong', vi: 'viễn thông', en: 'telecommunications' },
  { slug: 'bao-chi', vi: 'báo chí, xuất bản', en: 'press and publishing' },
  { slug: 'phong-chong-thien-tai', vi: 'phòng chống thiên tai', en: 'disaster prevention' },
  { slug: 'an-toan-thuc-pham', vi: 'an toàn thực phẩm', en: 'food safety' },
  { slug: 'duoc', vi: 'dược', en: 'pharmaceuticals' },
  { slug: 'bao-hiem', vi: 'bảo hiểm', en: 'insurance' },
  { slug: 'hai-quan', vi: 'hải quan', en: 'customs' },
  { slug: 'kho-bac', vi: 'kho bạc', en: 'treasury' },
  { slug: 'do-thi', vi: 'đô thị thông minh', en: 'smart city' },
];

/** Kinds of application built for a sector, with the words of their names. */
export const APPLICATION_TYPES = [
  { slug: 'quan-ly', vi: 'Hệ thống thông tin quản lý', en: 'management information system' },
  { slug: 'giam-sat', vi: 'Hệ thống giám sát, điều hành', en: 'monitoring and operations system' },
  { slug: 'cap-phep', vi: 'Phần mềm cấp phép', en: 'licensing software' },
  { slug: 'thong-ke', vi: 'Hệ thống thống kê', en: 'statistics system' },
  { slug: 'ban-do', vi: 'Hệ thống bản đồ số', en: 'digital map system' },
  { slug: 'tra-cuu', vi: 'Cổng tra cứu', en: 'lookup portal' },
];
