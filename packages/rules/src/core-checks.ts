/**
 * The checks that loading, validation and view computation perform (in @kientruc/core), documented like rules so
 * that `kientruc rules`, `kientruc explain`, SARIF and the site describe them too. Their
 * behaviour is tested end to end on fixture files (test/e2e).
 */
import type { RuleInfo } from './rule.js';

const load = (id: string, severity: RuleInfo['severity'], vi: string, en: string, fixVi: string, fixEn: string): RuleInfo => ({
  id,
  severity,
  category: 'model',
  description: { vi, en },
  rationale: {
    vi: 'Tệp mô hình phải đọc được như nhau trên mọi máy và mọi trình soạn thảo, để kiểm tra trong yêu cầu hợp nhất (pull request) và bản công bố hằng năm cho cùng một kết quả.',
    en: 'Model files must read the same on every machine and editor, so that pull-request checks and the yearly publication give the same result.',
  },
  basis: ['QCVN 102:2016/BTTTT', 'QĐ 2323/QĐ-BTTTT (2019)'],
  fix: { vi: fixVi, en: fixEn },
});

export const coreChecks: RuleInfo[] = [
  load('byte-order-mark', 'warning', 'Tệp không bắt đầu bằng dấu BOM.', 'A file does not start with a byte order mark.', 'Lưu tệp dạng UTF-8 không BOM.', 'Save the file as UTF-8 without BOM.'),
  load('config', 'error', 'Tệp kientruc.config.yaml đúng lược đồ.', 'kientruc.config.yaml follows its schema.', 'Sửa cấu hình theo thông báo.', 'Fix the configuration as the message says.'),
  load('duplicate-id', 'error', 'Mã phần tử là duy nhất trong toàn mô hình.', 'Element ids are unique in the whole model.', 'Đổi mã của một trong hai phần tử.', 'Rename one of the two elements.'),
  load('duplicate-key', 'error', 'Một khóa chỉ xuất hiện một lần trong một ánh xạ YAML.', 'A key appears once in a YAML mapping.', 'Giữ lại một trong hai khóa.', 'Keep one of the two keys.'),
  {
    ...load('edition-snapshot', 'error', 'Ấn bản đã công bố không bị sửa tay: nội dung khớp mã băm.', 'A published edition is not edited by hand: its content matches its hash.', 'Khôi phục tệp từ git; sửa mô hình hiện tại thay vì ấn bản.', 'Restore the file from git; edit the live model instead.'),
    rationale: {
      vi: 'Kiến trúc tổng thể được công bố hằng năm (Nghị quyết 17/NQ-CP); một ấn bản đã công bố không bao giờ thay đổi, để người đọc tin được điều đã công bố.',
      en: 'The overall architecture is published every year (Resolution 17/NQ-CP); a published edition never changes, so readers can rely on what was published.',
    },
    basis: ['NQ 17/NQ-CP (2019)'],
    category: 'lifecycle',
  },
  load('empty-file', 'warning', 'Tệp mô hình có ít nhất một phần tử.', 'A model file holds at least one element.', 'Thêm phần tử hoặc xóa tệp.', 'Add an element or delete the file.'),
  load('file-too-large', 'error', 'Tệp mô hình không vượt giới hạn kích thước.', 'A model file stays within the size limit.', 'Chia nhỏ tệp hoặc nâng `limits.maxFileBytes`.', 'Split the file, or raise `limits.maxFileBytes`.'),
  load('invalid-encoding', 'error', 'Tệp mô hình được mã hóa UTF-8.', 'A model file is encoded in UTF-8.', 'Lưu tệp dạng UTF-8.', 'Save the file as UTF-8.'),
  load('line-endings', 'warning', 'Tệp dùng ký tự xuống dòng LF.', 'A file uses LF line endings.', 'Lưu tệp với LF.', 'Save the file with LF line endings.'),
  load('not-an-element', 'error', 'Mỗi tài liệu YAML là một ánh xạ mô tả một phần tử.', 'Each YAML document is a mapping that describes one element.', 'Viết phần tử dạng ánh xạ với `kind`, `id`, `name`.', 'Write the element as a mapping with `kind`, `id`, `name`.'),
  load('schema-modeline', 'warning', 'Dòng đầu của tệp mô hình là modeline `# yaml-language-server: $schema=…` trỏ tới `.schema/kientruc.schema.json` của thư mục mô hình, để trình soạn thảo kiểm tra và gợi ý.', 'A model file\'s first line is the `# yaml-language-server: $schema=…` modeline pointing at the model folder\'s `.schema/kientruc.schema.json`, so the editor validates and completes it.', 'Viết đúng dòng mà thông báo đưa ra làm dòng đầu tiên (chạy `pnpm kientruc schema` để tạo tệp lược đồ).', 'Write the line the message gives as the first line (run `pnpm kientruc schema` to create the schema file).'),
  load('schema', 'error', 'Mỗi phần tử đúng lược đồ JSON của loại của nó.', 'Each element follows the JSON Schema of its kind.', 'Sửa phần tử theo thông báo; trình soạn thảo gợi ý trường hợp lệ.', 'Fix the element as the message says; the editor suggests valid fields.'),
  load('suppression', 'warning', 'Chú thích tắt quy tắc nêu đúng quy tắc, có lý do và thực sự được dùng.', 'A suppression comment names a real rule, gives a reason and is used.', 'Sửa hoặc xóa chú thích.', 'Fix or delete the comment.'),
  load('tab-indentation', 'error', 'YAML thụt lề bằng dấu cách, không dùng tab.', 'YAML is indented with spaces, not tabs.', 'Thay tab bằng dấu cách.', 'Replace tabs with spaces.'),
  load('too-many-aliases', 'error', 'Tệp không dùng quá nhiều alias YAML.', 'A file uses few YAML aliases.', 'Viết rõ giá trị thay vì dùng alias.', 'Write values out instead of aliases.'),
  load('unicode-normalization', 'warning', 'Văn bản ở dạng Unicode NFC (dấu tiếng Việt dựng sẵn).', 'Text is in Unicode NFC (precomposed Vietnamese diacritics).', 'Chuẩn hóa tệp về NFC.', 'Normalise the file to NFC.'),
  load('unreadable-file', 'error', 'Tệp mô hình đọc được.', 'A model file can be read.', 'Kiểm tra quyền truy cập tệp.', 'Check the file permissions.'),
  {
    id: 'view-too-large',
    severity: 'warning',
    category: 'model',
    description: {
      vi: 'Một sơ đồ không có quá nhiều hộp để đọc được (mặc định 150, `views.maxNodes`); sơ đồ lớn hơn không được vẽ.',
      en: 'A diagram has no more boxes than can be read (150 by default, `views.maxNodes`); a larger one is not drawn.',
    },
    rationale: {
      vi: 'Sơ đồ tổng thể và các sơ đồ thành phần của kiến trúc (QĐ 2323/QĐ-BTTTT) dùng để trao đổi giữa các cơ quan: một sơ đồ hàng trăm hộp là một mớ rối, không ai đọc được; chia nhỏ theo cơ quan, theo lớp hoặc theo loại thì đọc được.',
      en: 'The overall and component diagrams of an architecture (QĐ 2323/QĐ-BTTTT) are how agencies talk about it: hundreds of boxes make a tangle nobody reads; split by agency, layer or kind, they can be read.',
    },
    basis: ['QĐ 2323/QĐ-BTTTT (2019)'],
    fix: {
      vi: 'Khai báo các góc nhìn nhỏ hơn (`kind: view`) lọc theo `owners`, `kinds`, `categories` hoặc `relatedTo`, như thông báo gợi ý; hoặc tăng `views.maxNodes` trong kientruc.config.yaml (hay `maxNodes` của góc nhìn).',
      en: 'Declare smaller views (`kind: view`) filtered by `owners`, `kinds`, `categories` or `relatedTo`, as the message suggests; or raise `views.maxNodes` in kientruc.config.yaml (or the view’s `maxNodes`).',
    },
  },
  load('yaml-syntax', 'error', 'Tệp mô hình là YAML hợp lệ.', 'A model file is valid YAML.', 'Sửa cú pháp YAML tại vị trí báo lỗi.', 'Fix the YAML syntax at the position reported.'),
];
