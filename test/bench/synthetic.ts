/**
 * A synthetic national-scale model for the benchmarks: the national shared systems, national
 * databases and the Framework 2.0 profile, then one architecture folder per ministry and province
 * with its systems, databases, integrations, infrastructure, security components, public services
 * and business functions. Everything is invented and marked `provenance: illustrative`.
 *
 * Deterministic: a seeded PRNG (sfc32) drives every choice, nothing reads the clock, and each
 * agency draws from its own stream, so the same options give byte-identical files.
 * `buildSyntheticModel` is pure (texts in memory); `generateSyntheticModel` also writes them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { APPLICATION_TYPES, DOMAINS, MINISTRIES, PROVINCES, type AgencyName, type Domain } from './synthetic-data.js';
import { seededRandom, type Random } from '../helpers/random.js';

export interface SyntheticOptions {
  /** Seed of the PRNG: the same seed gives the same files. */
  seed?: string;
  /** Provinces with an architecture (34 by default; more are given made-up names). */
  provinces?: number;
  /** Ministries and ministry-level agencies with an architecture (17 by default). */
  ministries?: number;
  /** Information systems per agency architecture; the other kinds scale with it. */
  systemsPerAgency?: number;
  /** Deliberately misspelt references (each in a different file), to exercise diagnostics. */
  defects?: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: Required<SyntheticOptions> = {
  seed: 'kientruc',
  provinces: 34,
  ministries: 17,
  systemsPerAgency: 80,
  defects: 0,
};

/** The date the synthetic model is meant to be checked at (every reference is in force then). */
export const SYNTHETIC_AS_OF = '2025-12-31';

export interface SyntheticModel {
  options: Required<SyntheticOptions>;
  /** File texts by path relative to the model folder, sorted by path. */
  files: Map<string, string>;
  elements: number;
  /** References written (each becomes a relation when both ends are in force). */
  references: number;
  bytes: number;
}

// ---------------------------------------------------------------------------------------------
// Randomness

class Dice {
  constructor(readonly random: Random) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return out;
  }
  date(fromYear: number, toYear: number): string {
    const month = this.int(1, 12);
    return `${this.int(fromYear, toYear)}-${String(month).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Output

type Element = Record<string, unknown>;

const SCHEMA_FILE = '.schema/kientruc.schema.json';

function modeline(modelPath: string): string {
  const depth = modelPath.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_FILE}\n`;
}

function dumpElement(element: Element): string {
  return stringify(element, { lineWidth: 0 });
}

/** Counts the ids an element refers to, the way the linker will find them. */
const REFERENCE_FIELDS = ['agency', 'framework', 'owner', 'operator', 'uses', 'hostedOn', 'replaces', 'hostedBy', 'legalOwner', 'from', 'to', 'via', 'connectsTo', 'protects', 'reportsTo', 'providedBy', 'businessFunction', 'partOf', 'parent'];
function countReferences(element: Element): number {
  let count = 0;
  for (const field of REFERENCE_FIELDS) {
    const value = element[field];
    if (typeof value === 'string') count++;
    else if (Array.isArray(value)) count += value.length;
  }
  if (element.kind === 'architecture') for (const task of (element.roadmap as { systems?: string[] }[] | undefined) ?? []) count += task.systems?.length ?? 0;
  if (element.kind === 'framework') for (const c of (element.mandatoryComponents as { connectsTo?: string[] }[] | undefined) ?? []) count += c.connectsTo?.length ?? 0;
  const lineage = element.lineage as Record<string, unknown> | undefined;
  if (lineage) count += Object.keys(lineage).length;
  return count;
}

class ModelWriter {
  readonly files = new Map<string, Element[]>();
  add(modelPath: string, element: Element): void {
    const list = this.files.get(modelPath) ?? [];
    list.push(element);
    this.files.set(modelPath, list);
  }
}

const text = (vi: string, en: string) => ({ vi, en });
const ILLUSTRATIVE = 'illustrative';

// ---------------------------------------------------------------------------------------------
// The national level

const MIC = 'bo-thong-tin-va-truyen-thong';
const MOST = 'bo-khoa-hoc-va-cong-nghe';
const NQ_176 = { decision: 'NQ 176/2025/QH15', date: '2025-02-18' };

export const NATIONAL_SYSTEMS = {
  documentAxis: 'truc-lien-thong-van-ban-quoc-gia',
  publicServicePortal: 'cong-dich-vu-cong-quoc-gia',
  eCabinet: 'e-cabinet',
  reporting: 'he-thong-bao-cao-quoc-gia',
  ndxp: 'ndxp',
  ngsp: 'ngsp',
  ndop: 'ndop',
  vneid: 'vneid',
  publicCa: 'ca-cong-cong',
  governmentCa: 'ca-chuyen-dung-chinh-phu',
} as const;

const NATIONAL_DATABASES: { id: string; vi: string; en: string; owner: string; domains: string[] }[] = [
  { id: 'csdl-quoc-gia-ve-dan-cu', vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National Population Database', owner: 'bo-cong-an', domains: ['dân cư'] },
  { id: 'csdl-quoc-gia-ve-dat-dai', vi: 'Cơ sở dữ liệu quốc gia về đất đai', en: 'National Land Database', owner: 'bo-nong-nghiep-va-moi-truong', domains: ['đất đai'] },
  { id: 'csdl-quoc-gia-ve-dang-ky-doanh-nghiep', vi: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', en: 'National Business Registration Database', owner: 'bo-tai-chinh', domains: ['doanh nghiệp'] },
  { id: 'csdl-quoc-gia-ve-tai-chinh', vi: 'Cơ sở dữ liệu quốc gia về tài chính', en: 'National Finance Database', owner: 'bo-tai-chinh', domains: ['tài chính', 'ngân sách'] },
  { id: 'csdl-quoc-gia-ve-bao-hiem', vi: 'Cơ sở dữ liệu quốc gia về bảo hiểm', en: 'National Insurance Database', owner: 'bo-tai-chinh', domains: ['bảo hiểm'] },
  { id: 'csdl-quoc-gia-ve-thong-ke-tong-hop-dan-so', vi: 'Cơ sở dữ liệu quốc gia về thống kê tổng hợp về dân số', en: 'National Aggregate Population Statistics Database', owner: 'bo-tai-chinh', domains: ['thống kê'] },
  { id: 'csdl-quoc-gia-ve-can-bo-cong-chuc-vien-chuc', vi: 'Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức', en: 'National Civil Servants Database', owner: 'bo-noi-vu', domains: ['cán bộ, công chức'] },
  { id: 'csdl-quoc-gia-ve-thu-tuc-hanh-chinh', vi: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính', en: 'National Administrative Procedures Database', owner: 'van-phong-chinh-phu', domains: ['thủ tục hành chính'] },
  { id: 'csdl-tong-hop-quoc-gia', vi: 'Cơ sở dữ liệu tổng hợp quốc gia', en: 'National Aggregate Database', owner: 'bo-cong-an', domains: ['dữ liệu tổng hợp'] },
  { id: 'csdl-quoc-gia-ve-hoat-dong-xay-dung', vi: 'Cơ sở dữ liệu quốc gia về hoạt động xây dựng', en: 'National Construction Activity Database', owner: 'bo-xay-dung', domains: ['xây dựng'] },
];

const NATIONAL_SOC = 'trung-tam-giam-sat-an-toan-thong-tin-quoc-gia';
const NATIONAL_DATA_CENTRE = 'trung-tam-du-lieu-quoc-gia';
const NATIONAL_NETWORK = 'mang-truyen-so-lieu-chuyen-dung';

function frameworkElement(): Element {
  const component = (category: string, vi: string, en: string, connectsTo?: string[], platform?: string) => ({
    category,
    ...(platform ? { platform } : {}),
    levels: ['ministry', 'province'],
    ...(connectsTo ? { connectsTo } : {}),
    name: text(vi, en),
  });
  return {
    kind: 'framework',
    id: 'khung-kien-truc-cpdt-2-0',
    name: text('Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0', 'Vietnam e-Government Architecture Framework, version 2.0'),
    version: '2.0',
    instrument: { decision: 'QĐ 2323/QĐ-BTTTT', date: '2019-12-31' },
    referenceModels: [
      { code: 'BRM', name: text('Mô hình tham chiếu nghiệp vụ', 'Business reference model') },
      { code: 'ARM', name: text('Mô hình tham chiếu ứng dụng', 'Application reference model') },
      { code: 'DRM', name: text('Mô hình tham chiếu dữ liệu', 'Data reference model') },
      { code: 'TRM', name: text('Mô hình tham chiếu kỹ thuật', 'Technology reference model') },
      { code: 'SRM', name: text('Mô hình tham chiếu an toàn thông tin', 'Security reference model') },
    ],
    layers: [
      { id: 'users', name: text('Người sử dụng', 'Users') },
      { id: 'channels', name: text('Kênh giao tiếp', 'Channels') },
      { id: 'portals', name: text('Cổng thông tin và dịch vụ công', 'Portals'), categories: ['portal', 'public-service-portal'] },
      {
        id: 'applications',
        name: text('Ứng dụng nghiệp vụ', 'Applications'),
        categories: ['one-stop-shop', 'document-management', 'email', 'reporting', 'meeting', 'sectoral-application', 'internal-application', 'other'],
      },
      { id: 'integration', name: text('Nền tảng tích hợp', 'Integration'), categories: ['integration-platform', 'document-axis'] },
      { id: 'data', name: text('Dữ liệu', 'Data'), kinds: ['database'], categories: ['data-platform'] },
      { id: 'infrastructure', name: text('Hạ tầng kỹ thuật', 'Infrastructure'), kinds: ['infrastructure'] },
      { id: 'security', name: text('An toàn thông tin', 'Security'), aside: true, kinds: ['security-component'] },
      { id: 'management', name: text('Quản lý', 'Management'), aside: true },
    ],
    mandatoryComponents: [
      component('integration-platform', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)', 'Integration platform (LGSP)', [NATIONAL_SYSTEMS.ndxp], 'LGSP'),
      component('public-service-portal', 'Cổng dịch vụ công', 'Public service portal', [NATIONAL_SYSTEMS.publicServicePortal]),
      component('one-stop-shop', 'Hệ thống thông tin một cửa điện tử', 'One-stop-shop system'),
      component('document-management', 'Hệ thống quản lý văn bản và điều hành', 'Document management system', [NATIONAL_SYSTEMS.documentAxis]),
    ],
    provenance: ILLUSTRATIVE,
  };
}

// ---------------------------------------------------------------------------------------------
// One agency's architecture

interface SystemPlan {
  id: string;
  category: string;
  vi: string;
  en: string;
  domain?: Domain;
  status: 'planned' | 'building' | 'operating' | 'retired';
}

interface AgencyPlan {
  agency: AgencyName;
  folder: string;
  dice: Dice;
  systems: SystemPlan[];
  databases: { id: string; domain: Domain }[];
  /** Operating sectoral applications other agencies may exchange data with. */
  partners: SystemPlan[];
}

const MANDATORY_SYSTEMS: { prefix: string; category: string; vi: string; en: string; platform?: string }[] = [
  { prefix: 'lgsp', category: 'integration-platform', platform: 'LGSP', vi: 'Nền tảng tích hợp, chia sẻ dữ liệu', en: 'integration platform (LGSP)' },
  { prefix: 'cong-dich-vu-cong', category: 'public-service-portal', vi: 'Cổng dịch vụ công', en: 'public service portal' },
  { prefix: 'mot-cua', category: 'one-stop-shop', vi: 'Hệ thống thông tin một cửa điện tử', en: 'one-stop-shop information system' },
  { prefix: 'qlvb', category: 'document-management', vi: 'Hệ thống quản lý văn bản và điều hành', en: 'document management and executive system' },
  { prefix: 'cong-thong-tin', category: 'portal', vi: 'Cổng thông tin điện tử', en: 'web portal' },
  { prefix: 'thu-dien-tu', category: 'email', vi: 'Hệ thống thư điện tử', en: 'email system' },
  { prefix: 'bao-cao', category: 'reporting', vi: 'Hệ thống thông tin báo cáo', en: 'reporting system' },
  { prefix: 'hop-truc-tuyen', category: 'meeting', vi: 'Hệ thống họp trực tuyến', en: 'video meeting system' },
  { prefix: 'kho-du-lieu', category: 'data-platform', vi: 'Kho dữ liệu dùng chung', en: 'shared data warehouse' },
];

/** Number of integrations every agency has first (mandatory connections), before its data flows. */
const MANDATORY_FLOWS = 6;

function planAgency(agency: AgencyName, seed: string, systemsPerAgency: number): AgencyPlan {
  const dice = new Dice(seededRandom(`${seed}/${agency.id}`));
  const systems: SystemPlan[] = MANDATORY_SYSTEMS.map((m) => ({
    id: `${m.prefix}-${agency.id}`,
    category: m.category,
    vi: `${m.vi} ${agency.vi}`,
    en: `${agency.en} ${m.en}`,
    status: 'operating',
  }));
  const applications = Math.max(0, systemsPerAgency - systems.length);
  const domains = dice.sample(DOMAINS, Math.min(DOMAINS.length, Math.max(4, Math.ceil(applications / 3))));
  for (let i = 0; i < applications; i++) {
    const domain = domains[i % domains.length]!;
    const type = dice.pick(APPLICATION_TYPES);
    const internal = dice.chance(0.15);
    const roll = dice.random();
    systems.push({
      id: `${internal ? 'noi-bo' : 'ud'}-${type.slug}-${domain.slug}-${agency.id}-${i + 1}`,
      category: internal ? 'internal-application' : 'sectoral-application',
      vi: `${type.vi} ${domain.vi} ${agency.vi}${i >= domains.length ? ` (${Math.floor(i / domains.length) + 1})` : ''}`,
      en: `${agency.en} ${domain.en} ${type.en}${i >= domains.length ? ` (${Math.floor(i / domains.length) + 1})` : ''}`,
      domain,
      status: roll < 0.05 ? 'retired' : roll < 0.09 ? 'building' : roll < 0.11 ? 'planned' : 'operating',
    });
  }
  const databaseCount = Math.max(2, Math.round(systemsPerAgency / 3));
  const databases = Array.from({ length: databaseCount }, (_, i) => {
    const domain = domains[i % domains.length]!;
    return { id: `csdl-${domain.slug}-${agency.id}-${i + 1}`, domain };
  });
  const partners = systems.filter((s) => s.category === 'sectoral-application' && s.status === 'operating');
  return { agency, folder: `architectures/${agency.id}`, dice, systems, databases, partners };
}

function levelOf(agency: AgencyName): 'ministry' | 'province' {
  return agency.agencyType === 'province' || agency.agencyType === 'centrally-run-city' ? 'province' : 'ministry';
}

function markdown(dice: Dice, vi: string[], en: string[], paragraphs = 2) {
  return text(dice.sample(vi, paragraphs).join('\n\n'), dice.sample(en, paragraphs).join('\n\n'));
}

const PURPOSE_VI = [
  'Hệ thống phục vụ chỉ đạo, điều hành và giải quyết thủ tục hành chính trên môi trường mạng, bảo đảm kết nối, chia sẻ dữ liệu với các hệ thống dùng chung.',
  'Dữ liệu được cập nhật thường xuyên, đồng bộ với các cơ sở dữ liệu quốc gia qua nền tảng tích hợp, chia sẻ dữ liệu.',
  'Người dùng truy cập qua mạng truyền số liệu chuyên dùng hoặc Internet; xác thực bằng tài khoản định danh điện tử.',
  'Hệ thống được triển khai tập trung, có phương án sao lưu, dự phòng và giám sát an toàn thông tin 24/7.',
  'Giai đoạn tới tập trung nâng cấp giao diện lập trình ứng dụng (API) theo chuẩn kết nối và số hóa hồ sơ, kết quả giải quyết.',
];
const PURPOSE_EN = [
  'The system supports direction, operations and online administrative procedures, connected with the national shared systems for data sharing.',
  'Its data is kept up to date and synchronised with the national databases through the integration platform.',
  'Users reach it over the specialised data network or the Internet and sign in with their electronic identity.',
  'It is deployed centrally, with backup, failover and round-the-clock security monitoring.',
  'Next steps: standard APIs for data exchange and digitisation of dossiers and their results.',
];

function buildAgency(plan: AgencyPlan, plans: AgencyPlan[], writer: ModelWriter): void {
  const { agency, folder, dice } = plan;
  const a = agency.id;
  const level = levelOf(agency);
  const inForce = plan.systems.filter((s) => s.status !== 'retired');
  const operating = plan.systems.filter((s) => s.status === 'operating');
  const dataCentre = `trung-tam-du-lieu-${a}`;
  const cloud = `dien-toan-dam-may-${a}`;
  const lgsp = `lgsp-${a}`;

  // Architecture: the seven parts, the roadmap over the systems it builds.
  const roadmap = Array.from({ length: dice.int(8, 14) }, (_, i) => {
    const from = dice.int(2021, 2026);
    const to = Math.min(2030, from + dice.int(0, 3));
    const systems = dice.sample(inForce, dice.int(1, 2));
    return {
      id: `nhiem-vu-${i + 1}`,
      name: text(`Nâng cấp ${systems[0]!.vi}`, `Upgrade of the ${systems[0]!.en}`),
      from,
      to,
      status: to < 2025 ? 'done' : from > 2025 ? 'planned' : 'in-progress',
      systems: systems.map((s) => s.id),
    };
  });
  writer.add(`${folder}/architecture.yaml`, {
    kind: 'architecture',
    id: `kien-truc-${a}-2-0`,
    name: text(
      `${level === 'ministry' ? 'Kiến trúc Chính phủ điện tử' : 'Kiến trúc Chính quyền điện tử'} ${agency.vi}, phiên bản 2.0`,
      `${agency.en} e-government architecture, version 2.0`,
    ),
    agency: a,
    framework: 'khung-kien-truc-cpdt-2-0',
    version: '2.0',
    status: 'approved',
    approval: { decision: `QĐ ${dice.int(100, 3999)}/QĐ-${agency.short}`, date: dice.date(2020, 2023) },
    vision: markdown(dice, PURPOSE_VI, PURPOSE_EN),
    objectives: markdown(dice, PURPOSE_VI, PURPOSE_EN),
    scope: text(`Toàn bộ hoạt động chuyển đổi số của ${agency.vi}.`, `All digital transformation work of the ${agency.en}.`),
    principles: markdown(dice, PURPOSE_VI, PURPOSE_EN),
    roadmap,
    provenance: ILLUSTRATIVE,
  });

  // Infrastructure.
  const infrastructure: Element[] = [
    { id: dataCentre, infrastructureType: 'data-centre', vi: `Trung tâm dữ liệu ${agency.vi}`, en: `${agency.en} data centre`, connectsTo: [NATIONAL_NETWORK] },
    { id: cloud, infrastructureType: 'cloud', vi: `Nền tảng điện toán đám mây ${agency.vi}`, en: `${agency.en} cloud platform`, connectsTo: [dataCentre] },
    { id: `mang-noi-bo-${a}`, infrastructureType: 'network', vi: `Mạng nội bộ ${agency.vi}`, en: `${agency.en} internal network`, connectsTo: [NATIONAL_NETWORK, dataCentre] },
    { id: `trung-tam-du-phong-${a}`, infrastructureType: 'data-centre', vi: `Trung tâm dự phòng ${agency.vi}`, en: `${agency.en} disaster recovery site`, connectsTo: [dataCentre] },
  ];
  for (const i of infrastructure) {
    writer.add(`${folder}/infrastructure.yaml`, {
      kind: 'infrastructure',
      id: i.id,
      name: text(i.vi as string, i.en as string),
      infrastructureType: i.infrastructureType,
      scope: level === 'province' ? 'local' : 'sectoral',
      owner: a,
      status: 'operating',
      connectsTo: i.connectsTo,
      provenance: ILLUSTRATIVE,
    });
  }

  // Information systems.
  const databaseIds = plan.databases.map((d) => d.id);
  // A retired system is continued by the next operating system of its category (`replaces`).
  const replacedBy = new Map<string, string[]>();
  plan.systems.forEach((system, index) => {
    if (system.status !== 'retired') return;
    const successor = plan.systems.slice(index + 1).find((s) => s.status === 'operating' && s.category === system.category);
    if (successor) replacedBy.set(successor.id, [...(replacedBy.get(successor.id) ?? []), system.id]);
  });
  for (const system of plan.systems) {
    const mandatory = MANDATORY_SYSTEMS.find((m) => system.id === `${m.prefix}-${a}`);
    const retired = system.status === 'retired';
    const critical = mandatory !== undefined && system.category !== 'meeting';
    const securityLevel = critical ? 3 : system.category === 'internal-application' ? dice.int(1, 2) : dice.int(2, 3);
    const replaced = replacedBy.get(system.id) ?? [];
    const public_ = system.category === 'portal' || system.category === 'public-service-portal';
    writer.add(`${folder}/systems.yaml`, {
      kind: 'information-system',
      id: system.id,
      name: text(system.vi, system.en),
      description: markdown(dice, PURPOSE_VI, PURPOSE_EN, 1),
      category: system.category,
      ...(mandatory?.platform ? { platform: mandatory.platform } : {}),
      scope: level === 'province' ? 'local' : 'sectoral',
      owner: a,
      operator: a,
      status: system.status,
      ...(retired ? { launched: dice.date(2012, 2018), until: `${dice.int(2022, 2024)}-12-31` } : system.status === 'operating' ? { launched: dice.date(2012, 2023) } : {}),
      users: public_ ? ['citizens', 'businesses'] : system.category === 'sectoral-application' ? dice.sample(['officials', 'citizens', 'businesses'], dice.int(1, 2)) : ['officials'],
      channels: public_ ? ['web', 'mobile'] : ['web'],
      securityLevel: {
        level: securityLevel,
        dossier: system.status === 'operating' ? 'approved' : 'drafting',
        ...(securityLevel >= 3 ? { plan: system.status === 'operating' ? 'implemented' : 'drafting' } : {}),
      },
      ...(retired || system.category === 'integration-platform' ? {} : { uses: dice.sample(databaseIds, dice.int(1, 2)) }),
      hostedOn: [dice.chance(0.6) ? dataCentre : cloud],
      ...(replaced.length > 0 ? { replaces: replaced } : {}),
      ...(public_ ? { url: `https://${system.category === 'portal' ? '' : 'dichvucong.'}${a.replace(/-/g, '')}.gov.vn/` } : {}),
      provenance: ILLUSTRATIVE,
    });
  }

  // Databases, each hosted by an application of its sector when there is one.
  for (const database of plan.databases) {
    const host = operating.find((s) => s.domain === database.domain) ?? operating.find((s) => s.id === `kho-du-lieu-${a}`)!;
    writer.add(`${folder}/databases.yaml`, {
      kind: 'database',
      id: database.id,
      name: text(`Cơ sở dữ liệu ${database.domain.vi} ${agency.vi}`, `${agency.en} ${database.domain.en} database`),
      scope: level === 'province' ? 'local' : 'sectoral',
      owner: a,
      dataDomains: [text(database.domain.vi, database.domain.en)],
      hostedBy: host.id,
      status: 'operating',
      provenance: ILLUSTRATIVE,
    });
  }

  // Integrations: the mandatory connections, then data flows inside the agency, to the
  // national databases (through the LGSP and NDXP), and to other agencies' applications.
  let integrationNumber = 0;
  const integration = (from: string, to: string, via: string[], vi: string, en: string, status: string, standard?: string, data = text('Dữ liệu nghiệp vụ', 'Business data')) => {
    writer.add(`${folder}/integrations.yaml`, {
      kind: 'integration',
      id: `lien-thong-${a}-${String(++integrationNumber).padStart(3, '0')}`,
      name: text(vi, en),
      from,
      to,
      ...(via.length > 0 ? { via } : {}),
      data: [data],
      ...(standard ? { standard } : {}),
      direction: dice.chance(0.5) ? 'two-way' : 'one-way',
      status,
      provenance: ILLUSTRATIVE,
    });
  };
  integration(`qlvb-${a}`, NATIONAL_SYSTEMS.documentAxis, [lgsp], 'Gửi, nhận văn bản điện tử qua Trục liên thông văn bản quốc gia', 'Electronic documents through the National Document Axis', 'operating', 'edXML');
  integration(`cong-dich-vu-cong-${a}`, NATIONAL_SYSTEMS.publicServicePortal, [lgsp], 'Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia', 'Dossiers synchronised with the National Public Service Portal', 'operating');
  integration(lgsp, NATIONAL_SYSTEMS.ndxp, [], 'Kết nối LGSP với NDXP', 'Connection of the LGSP to NDXP', 'operating');
  integration(`mot-cua-${a}`, `cong-dich-vu-cong-${a}`, [], 'Tiếp nhận hồ sơ trực tuyến', 'Online dossiers received', 'operating');
  integration(`bao-cao-${a}`, NATIONAL_SYSTEMS.reporting, [lgsp], 'Báo cáo định kỳ lên Hệ thống thông tin báo cáo quốc gia', 'Periodic reports to the National Reporting System', 'operating');
  integration(`mot-cua-${a}`, 'csdl-quoc-gia-ve-dan-cu', [lgsp, NATIONAL_SYSTEMS.ndxp], 'Tra cứu thông tin công dân', 'Citizen data lookup', 'operating');
  // The flows above are the MANDATORY_FLOWS first documents of integrations.yaml.
  const dataOf = (system: SystemPlan) => text(`Dữ liệu ${system.domain?.vi ?? 'nghiệp vụ'}`, `${system.domain?.en ?? 'business'} data`);
  const target = Math.round(plan.systems.length * 1.25);
  const applications = inForce.filter((s) => s.category === 'sectoral-application' || s.category === 'internal-application');
  while (integrationNumber < target && applications.length > 0) {
    const from = dice.pick(applications);
    const status = from.status === 'operating' ? 'operating' : 'planned';
    const roll = dice.random();
    if (roll < 0.45) {
      const to = dice.pick(inForce.filter((s) => s !== from && s.category !== 'integration-platform'));
      integration(from.id, to.id, dice.chance(0.7) ? [lgsp] : [], `Kết nối ${from.vi} với ${to.vi}`, `Connection of the ${from.en} with the ${to.en}`, to.status === 'operating' ? status : 'planned', undefined, dataOf(from));
    } else if (roll < 0.65) {
      const database = dice.pick(plan.databases);
      integration(from.id, database.id, [], `Kết nối ${from.vi} với cơ sở dữ liệu ${database.domain.vi}`, `Connection of the ${from.en} with the ${database.domain.en} database`, status, undefined, dataOf(from));
    } else if (roll < 0.85) {
      const national = dice.pick(NATIONAL_DATABASES);
      integration(from.id, national.id, [lgsp, NATIONAL_SYSTEMS.ndxp], `Kết nối ${from.vi} với ${national.vi}`, `Connection of the ${from.en} with the ${national.en}`, status, undefined, dataOf(from));
    } else {
      const other = dice.pick(plans.filter((p) => p !== plan && p.partners.length > 0));
      if (!other) continue;
      const to = dice.pick(other.partners);
      integration(from.id, to.id, [lgsp, NATIONAL_SYSTEMS.ndxp, `lgsp-${other.agency.id}`], `Kết nối ${from.vi} với ${to.vi}`, `Connection of the ${from.en} with the ${to.en}`, status, 'JSON/REST', dataOf(from));
    }
  }

  // Security components: a SOC reporting to the national one, then controls over a few systems each.
  const protectable = [...inForce.map((s) => s.id), ...databaseIds];
  writer.add(`${folder}/security.yaml`, {
    kind: 'security-component',
    id: `soc-${a}`,
    name: text(`Trung tâm giám sát an toàn thông tin ${agency.vi}`, `${agency.en} security operations centre`),
    componentType: 'soc',
    owner: a,
    status: 'operating',
    protects: [dataCentre, cloud, lgsp, `cong-dich-vu-cong-${a}`, `mot-cua-${a}`, `qlvb-${a}`],
    reportsTo: [NATIONAL_SOC],
    provenance: ILLUSTRATIVE,
  });
  const controls = ['monitoring', 'firewall', 'backup', 'authentication', 'antimalware'] as const;
  const controlNames: Record<(typeof controls)[number], [string, string]> = {
    monitoring: ['Hệ thống giám sát', 'monitoring system'],
    firewall: ['Tường lửa', 'firewall'],
    backup: ['Hệ thống sao lưu', 'backup system'],
    authentication: ['Hệ thống xác thực tập trung', 'single sign-on'],
    antimalware: ['Phòng chống mã độc', 'anti-malware'],
  };
  const controlCount = Math.max(controls.length, Math.round(plan.systems.length / 6));
  for (let i = 0; i < controlCount; i++) {
    const type = controls[i % controls.length]!;
    const [vi, en] = controlNames[type];
    writer.add(`${folder}/security.yaml`, {
      kind: 'security-component',
      id: `${type}-${a}-${i + 1}`,
      name: text(`${vi} ${agency.vi} (${i + 1})`, `${agency.en} ${en} (${i + 1})`),
      componentType: type,
      owner: a,
      status: 'operating',
      protects: dice.sample(protectable, dice.int(2, 5)),
      ...(type === 'monitoring' ? { reportsTo: [`soc-${a}`] } : {}),
      provenance: ILLUSTRATIVE,
    });
  }

  // Business functions: a few sectors at the top, their functions below.
  const functionCount = Math.max(4, Math.round(plan.systems.length / 2));
  const topDomains = [...new Set(plan.systems.flatMap((s) => (s.domain ? [s.domain] : [])))].slice(0, Math.max(2, Math.round(functionCount / 6)));
  if (topDomains.length === 0) topDomains.push(DOMAINS[0]!);
  const functions: string[] = [];
  topDomains.forEach((domain, i) => {
    const id = `chuc-nang-${domain.slug}-${a}`;
    functions.push(id);
    writer.add(`${folder}/business.yaml`, {
      kind: 'business-function',
      id,
      name: text(`Quản lý nhà nước về ${domain.vi}`, `State management of ${domain.en}`),
      code: `${i + 1}`,
      owner: a,
      provenance: ILLUSTRATIVE,
    });
  });
  for (let i = topDomains.length; i < functionCount; i++) {
    const parentIndex = i % topDomains.length;
    const domain = topDomains[parentIndex]!;
    const id = `chuc-nang-${a}-${i + 1}`;
    functions.push(id);
    writer.add(`${folder}/business.yaml`, {
      kind: 'business-function',
      id,
      name: text(`${dice.pick(['Cấp phép', 'Thanh tra, kiểm tra', 'Thống kê, báo cáo', 'Quản lý hồ sơ', 'Hướng dẫn nghiệp vụ'])} về ${domain.vi} (${i + 1})`, `${dice.pick(['Licensing', 'Inspection', 'Statistics', 'Records', 'Guidance'])} on ${domain.en} (${i + 1})`),
      code: `${parentIndex + 1}.${i + 1}`,
      owner: a,
      partOf: functions[parentIndex]!,
      provenance: ILLUSTRATIVE,
    });
  }

  // Public services, provided through the agency's public service portal or one-stop shop.
  const serviceCount = Math.round(plan.systems.length * 1.5);
  for (let i = 0; i < serviceCount; i++) {
    const domain = dice.pick(topDomains);
    const action = dice.pick([
      ['Cấp giấy phép', 'Licence for'],
      ['Đăng ký', 'Registration of'],
      ['Gia hạn', 'Renewal of'],
      ['Cấp lại', 'Reissue of'],
      ['Thẩm định hồ sơ', 'Appraisal of'],
      ['Xác nhận', 'Certification of'],
    ] as const);
    const onlineLevel = dice.chance(0.6) ? 4 : dice.int(2, 3);
    writer.add(`${folder}/services.yaml`, {
      kind: 'public-service',
      id: `dich-vu-cong-${a}-${String(i + 1).padStart(3, '0')}`,
      name: text(`${action[0]} ${domain.vi} (${i + 1})`, `${action[1]} ${domain.en} (${i + 1})`),
      procedureCode: `1.${String(dice.int(0, 999999)).padStart(6, '0')}`,
      owner: a,
      onlineLevel,
      providedBy: dice.chance(0.8) ? `cong-dich-vu-cong-${a}` : `mot-cua-${a}`,
      businessFunction: dice.pick(functions),
      // NQ 17/NQ-CP: level 3 and 4 services are integrated with the national portal by 2025.
      nationalPortalIntegration: onlineLevel >= 3,
      provenance: ILLUSTRATIVE,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The whole model

function agencyList(names: AgencyName[], count: number, made: (n: number) => AgencyName): AgencyName[] {
  return Array.from({ length: count }, (_, i) => names[i] ?? made(i + 1));
}

export function buildSyntheticModel(options: SyntheticOptions = {}): SyntheticModel {
  const o: Required<SyntheticOptions> = { ...DEFAULT_SYNTHETIC_OPTIONS, ...options };
  const ministries = agencyList(MINISTRIES, o.ministries, (n) => ({ id: `bo-mo-phong-${n}`, vi: `Bộ Mô phỏng ${n}`, en: `Simulated Ministry ${n}`, agencyType: 'ministry', short: `BMP${n}` }));
  // Made-up provinces get the two-digit codes no real province uses, while there are any.
  const freeCodes = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).filter((code) => !PROVINCES.some((p) => p.gsoCode === code));
  const provinces = agencyList(PROVINCES, o.provinces, (n) => ({
    id: `tinh-mo-phong-${n}`,
    vi: `Tỉnh Mô phỏng ${n}`,
    en: `Simulated Province ${n}`,
    agencyType: 'province',
    short: 'UBND',
    ...(freeCodes[n - PROVINCES.length - 1] ? { gsoCode: freeCodes[n - PROVINCES.length - 1] } : {}),
  }));
  const declared = new Set([...ministries, ...provinces].map((a) => a.id));
  // National elements name their real owners; a small model without that ministry falls back
  // to its first agency so that every reference still resolves.
  const fallback = ministries[0]?.id ?? provinces[0]?.id;
  if (!fallback) throw new Error('a synthetic model needs at least one agency');
  const owner = (id: string) => (declared.has(id) ? id : fallback);
  const handedOver = (to: string) =>
    declared.has(MOST) ? [{ agency: MIC, until: '2025-02-28' }, { agency: to, since: '2025-03-01', basis: NQ_176 }] : owner(to);

  const writer = new ModelWriter();
  const dice = new Dice(seededRandom(`${o.seed}/national`));
  writer.add('framework/khung-kien-truc-cpdt-2-0.yaml', frameworkElement());

  for (const m of ministries) {
    writer.add('agencies/ministries.yaml', { kind: 'agency', id: m.id, name: text(m.vi, m.en), abbreviation: text(m.short, m.short), agencyType: m.agencyType, provenance: ILLUSTRATIVE });
  }
  if (declared.has(MOST)) {
    writer.add('agencies/ministries.yaml', {
      kind: 'agency',
      id: MIC,
      name: text('Bộ Thông tin và Truyền thông', 'Ministry of Information and Communications'),
      agencyType: 'ministry',
      until: '2025-02-28',
      lineage: { mergedInto: { agency: MOST, date: '2025-03-01', basis: NQ_176 } },
      provenance: ILLUSTRATIVE,
    });
  }
  for (const p of provinces) {
    writer.add('agencies/provinces.yaml', { kind: 'agency', id: p.id, name: text(p.vi, p.en), agencyType: p.agencyType, ...(p.gsoCode ? { gsoCode: p.gsoCode } : {}), provenance: ILLUSTRATIVE });
  }

  const vpcp = owner('van-phong-chinh-phu');
  const bca = owner('bo-cong-an');
  const national: [string, string, string, string, unknown, Element?][] = [
    [NATIONAL_SYSTEMS.documentAxis, 'document-axis', 'Trục liên thông văn bản quốc gia', 'National Document Axis', vpcp],
    [NATIONAL_SYSTEMS.publicServicePortal, 'public-service-portal', 'Cổng Dịch vụ công quốc gia', 'National Public Service Portal', vpcp, { users: ['citizens', 'businesses'], channels: ['web', 'mobile'] }],
    [NATIONAL_SYSTEMS.eCabinet, 'meeting', 'Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ', 'e-Cabinet', vpcp],
    [NATIONAL_SYSTEMS.reporting, 'reporting', 'Hệ thống thông tin báo cáo quốc gia', 'National Reporting System', vpcp],
    [NATIONAL_SYSTEMS.ndxp, 'integration-platform', 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia', 'National data integration and sharing platform', handedOver(MOST), { platform: 'NDXP' }],
    [NATIONAL_SYSTEMS.ngsp, 'integration-platform', 'Nền tảng kết nối trung ương – địa phương', 'Central–local connection platform', handedOver(MOST), { platform: 'NGSP' }],
    [NATIONAL_SYSTEMS.ndop, 'integration-platform', 'Nền tảng chia sẻ, điều phối dữ liệu', 'Data sharing and orchestration platform', bca, { platform: 'NDOP', since: '2025-10-22' }],
    [NATIONAL_SYSTEMS.vneid, 'identification', 'Hệ thống định danh và xác thực điện tử', 'Electronic identification and authentication system', bca, { users: ['citizens', 'businesses'], channels: ['mobile'] }],
    [NATIONAL_SYSTEMS.publicCa, 'digital-signature', 'Hệ thống chứng thực chữ ký số công cộng', 'Public digital signature certification', handedOver(MOST)],
    [NATIONAL_SYSTEMS.governmentCa, 'digital-signature', 'Hệ thống chứng thực chữ ký số chuyên dùng Chính phủ', 'Government digital signature certification', owner('bo-quoc-phong')],
  ];
  for (const [id, category, vi, en, systemOwner, extra] of national) {
    writer.add(`national/systems/${id}.yaml`, {
      kind: 'information-system',
      id,
      name: text(vi, en),
      description: markdown(dice, PURPOSE_VI, PURPOSE_EN),
      category,
      ...(extra?.platform ? { platform: extra.platform } : {}),
      scope: 'national',
      owner: systemOwner,
      status: 'operating',
      ...(extra?.since ? { since: extra.since } : { launched: dice.date(2017, 2022) }),
      ...(extra?.users ? { users: extra.users } : {}),
      ...(extra?.channels ? { channels: extra.channels } : {}),
      securityLevel: { level: 4, dossier: 'approved', plan: 'implemented' },
      hostedOn: [NATIONAL_DATA_CENTRE],
      provenance: ILLUSTRATIVE,
    });
  }
  writer.add(`national/infrastructure/${NATIONAL_DATA_CENTRE}.yaml`, {
    kind: 'infrastructure',
    id: NATIONAL_DATA_CENTRE,
    name: text('Trung tâm dữ liệu quốc gia', 'National Data Centre'),
    infrastructureType: 'data-centre',
    scope: 'national',
    owner: bca,
    status: 'operating',
    connectsTo: [NATIONAL_NETWORK],
    provenance: ILLUSTRATIVE,
  });
  writer.add(`national/infrastructure/${NATIONAL_NETWORK}.yaml`, {
    kind: 'infrastructure',
    id: NATIONAL_NETWORK,
    name: text('Mạng truyền số liệu chuyên dùng', 'Specialised data network'),
    infrastructureType: 'network',
    scope: 'national',
    owner: handedOver(MOST),
    status: 'operating',
    provenance: ILLUSTRATIVE,
  });
  writer.add(`national/security/${NATIONAL_SOC}.yaml`, {
    kind: 'security-component',
    id: NATIONAL_SOC,
    name: text('Trung tâm giám sát an toàn thông tin quốc gia', 'National security operations centre'),
    componentType: 'soc',
    owner: bca,
    status: 'operating',
    protects: [NATIONAL_DATA_CENTRE, NATIONAL_SYSTEMS.ndxp, NATIONAL_SYSTEMS.publicServicePortal, NATIONAL_SYSTEMS.documentAxis],
    provenance: ILLUSTRATIVE,
  });
  for (const database of NATIONAL_DATABASES) {
    const databaseOwner = owner(database.owner);
    writer.add(`national/databases/${database.id}.yaml`, {
      kind: 'database',
      id: database.id,
      name: text(database.vi, database.en),
      scope: 'national',
      owner: databaseOwner,
      dataDomains: database.domains.map((d) => ({ vi: d })),
      legalBasis: [{ decision: 'NĐ 47/2024/NĐ-CP', date: '2024-05-09' }],
      legalOwner: databaseOwner,
      status: 'operating',
      provenance: ILLUSTRATIVE,
    });
  }
  const nationalFlows: [string, string, string[], string, string, string?][] = [
    [NATIONAL_SYSTEMS.publicServicePortal, 'csdl-quoc-gia-ve-dan-cu', [NATIONAL_SYSTEMS.ndxp], 'Xác thực thông tin công dân', 'Citizen data verification'],
    [NATIONAL_SYSTEMS.publicServicePortal, 'csdl-quoc-gia-ve-thu-tuc-hanh-chinh', [], 'Công khai thủ tục hành chính', 'Administrative procedures published'],
    [NATIONAL_SYSTEMS.vneid, 'csdl-quoc-gia-ve-dan-cu', [], 'Định danh điện tử công dân', 'Citizen electronic identification'],
    [NATIONAL_SYSTEMS.reporting, 'csdl-tong-hop-quoc-gia', [NATIONAL_SYSTEMS.ndxp], 'Số liệu báo cáo tổng hợp', 'Aggregated report figures'],
    [NATIONAL_SYSTEMS.eCabinet, NATIONAL_SYSTEMS.documentAxis, [], 'Văn bản phục vụ họp Chính phủ', 'Cabinet meeting documents'],
    [NATIONAL_SYSTEMS.governmentCa, NATIONAL_SYSTEMS.documentAxis, [], 'Chứng thư số ký văn bản điện tử', 'Certificates for signed electronic documents'],
    [NATIONAL_SYSTEMS.publicCa, NATIONAL_SYSTEMS.publicServicePortal, [], 'Xác thực chữ ký số trên hồ sơ', 'Signature verification of dossiers'],
    [NATIONAL_SYSTEMS.ngsp, NATIONAL_SYSTEMS.ndxp, [], 'Kết nối NGSP với NDXP', 'Connection of NGSP to NDXP'],
    [NATIONAL_SYSTEMS.ndop, 'csdl-tong-hop-quoc-gia', [], 'Điều phối dữ liệu tổng hợp', 'Orchestration of aggregate data', '2025-10-22'],
  ];
  nationalFlows.forEach(([from, to, via, vi, en, since], i) => {
    writer.add('national/integrations.yaml', {
      kind: 'integration',
      id: `lien-thong-quoc-gia-${i + 1}`,
      name: text(vi, en),
      from,
      to,
      ...(via.length ? { via } : {}),
      data: [text(vi, en)],
      status: 'operating',
      ...(since ? { since } : {}),
      provenance: ILLUSTRATIVE,
    });
  });

  const plans = [...ministries, ...provinces].map((agency) => planAgency(agency, o.seed, o.systemsPerAgency));
  for (const plan of plans) buildAgency(plan, plans, writer);

  injectDefects(writer, o.defects, o.seed);

  const files = new Map<string, string>();
  let elements = 0;
  let references = 0;
  let bytes = 0;
  for (const path of [...writer.files.keys()].sort()) {
    const documents = writer.files.get(path)!;
    const body = modeline(path) + documents.map(dumpElement).join('---\n');
    files.set(path, body);
    elements += documents.length;
    references += documents.reduce((sum, element) => sum + countReferences(element), 0);
    bytes += Buffer.byteLength(body);
  }
  return { options: o, files, elements, references, bytes };
}

/**
 * Misspells the target of `count` integrations, each in a different agency's file, the way a
 * typing slip would (two letters swapped: `csdl-dat-dai-ha-noi-3` → `csdl-dat-dia-ha-noi-3`).
 * Only data flows are touched, never the mandatory connections, so each slip gives exactly one
 * unresolved reference.
 */
function injectDefects(writer: ModelWriter, count: number, seed: string): void {
  if (count <= 0) return;
  const dice = new Dice(seededRandom(`${seed}/defects`));
  const candidates = [...writer.files.keys()].filter((path) => path.startsWith('architectures/') && path.endsWith('/integrations.yaml')).sort();
  for (const path of dice.sample(candidates, count)) {
    const flows = writer.files.get(path)!.slice(MANDATORY_FLOWS);
    const element = dice.pick(flows);
    const to = element.to as string;
    const letters = [...to.matchAll(/[a-z](?=[a-z])/g)].map((m) => m.index).filter((i) => to[i] !== to[i + 1]);
    const at = letters[letters.length - 1]!;
    element.to = `${to.slice(0, at)}${to[at + 1]}${to[at]}${to.slice(at + 2)}`;
  }
}

/** Writes the model's files under `dir` (in the given order, to test that order does not matter). */
export function writeSyntheticModel(dir: string, model: SyntheticModel, order: 'sorted' | 'reversed' = 'sorted'): void {
  const paths = [...model.files.keys()];
  if (order === 'reversed') paths.reverse();
  for (const path of paths) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, model.files.get(path)!);
  }
}

/** Builds the model and writes it under `dir`; returns its description (sizes, options). */
export function generateSyntheticModel(dir: string, options: SyntheticOptions = {}): SyntheticModel {
  const model = buildSyntheticModel(options);
  writeSyntheticModel(dir, model);
  return model;
}
