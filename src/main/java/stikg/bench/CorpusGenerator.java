package stikg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus in the real source format ({@code data/README.md}): one lexicon file per fictional
 * country (ministry, council, agencies, law, plan series, and the programmes its plans use) and one source file
 * per plan, shaped like a real plan brief: sections, tables, the plan with its period, targets and policy areas,
 * measures implemented by agencies through programmes, a technology scheme with categories, technology areas
 * and technologies, all with locators. The same seed and size always give the same bytes.
 */
public final class CorpusGenerator {

    /**
     * Triples one plan adds after the build (asserted, provenance and inferred), measured on this generator (again
     * after provenance became one node per triple and passage and relations became nodes: 10k, 30k and 100k
     * requests built 12,664, 34,764 and 111,705 triples with the earlier constants, a line of slope 5,830).
     */
    static final int TRIPLES_PER_PLAN = 5_830;
    /** Triples of a build with no plan (the ontology and the linked lists), from the same fit. */
    static final int BASE_TRIPLES = 3_360;
    /** Plans per country: editions 1..n of one plan series. */
    static final int PLANS_PER_COUNTRY = 5;

    static final int AREAS = 6;
    static final int MEASURES_PER_AREA = 4;
    static final int TECH_AREAS = 8;
    static final int TECHS_PER_AREA = 4;
    static final int PROGRAMMES = 4;
    static final int AGENCIES = 3;
    static final int TARGETS = 3;

    private static final String[][] TOPICS = {
        {"Quantum", "양자", "量子"}, {"Artificial intelligence", "인공지능", "人工知能"}, {"Semiconductors", "반도체", "半導体"},
        {"Biotechnology", "바이오", "バイオ"}, {"Space", "우주", "宇宙"}, {"Hydrogen", "수소", "水素"},
        {"Batteries", "이차전지", "蓄電池"}, {"Robotics", "로봇", "ロボット"}, {"Communications", "통신", "通信"},
        {"Nuclear energy", "원자력", "原子力"}, {"Advanced materials", "첨단소재", "先端材料"},
        {"Cybersecurity", "사이버보안", "サイバーセキュリティ"}, {"Ocean", "해양", "海洋"}, {"Mobility", "모빌리티", "モビリティ"},
    };
    private static final String[][] KINDS = {
        {"computing", "컴퓨팅", "コンピューティング"}, {"sensing", "센싱", "センシング"}, {"materials", "소재", "材料"},
        {"devices", "소자", "デバイス"}, {"platforms", "플랫폼", "プラットフォーム"}, {"systems", "시스템", "システム"},
        {"manufacturing", "제조", "製造"}, {"safety", "안전", "安全"},
    };
    private static final String[][] AREA_NAMES = {
        {"Research capacity", "연구역량"}, {"Talent", "인재"}, {"Industry and innovation", "산업혁신"},
        {"Regions", "지역"}, {"International cooperation", "국제협력"}, {"Society and safety", "사회·안전"},
        {"Infrastructure", "기반시설"}, {"Open science", "열린과학"},
    };
    private static final String[] CURRENCIES = {"KRW", "JPY", "EUR", "USD", "CNY", "GBP"};

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Plans (whole, and a fraction of one) that give about {@code triples} triples after the build. */
    static double exactPlans(long triples) {
        return Math.max(1, (double) (triples - BASE_TRIPLES) / TRIPLES_PER_PLAN);
    }

    /** The number of plan files written for {@code triples}: the last one may be a smaller plan. */
    public static int plansFor(long triples) {
        double exact = exactPlans(triples);
        int whole = (int) Math.floor(exact);
        return exact - whole >= 0.1 ? whole + 1 : whole;
    }

    /** The size of the last plan, as a fraction of a full one (areas, measures, technology areas). */
    static double lastPlanFraction(long triples) {
        double exact = exactPlans(triples);
        double rest = exact - Math.floor(exact);
        return rest >= 0.1 ? rest : 1.0;
    }

    /** The triples a corpus for {@code triples} is expected to build to. */
    static long expectedTriples(long triples) {
        int plans = plansFor(triples);
        return Math.round(BASE_TRIPLES + TRIPLES_PER_PLAN * (plans - 1 + lastPlanFraction(triples)));
    }

    /** What was written: the two folders, the plan count, and one entity of each kind for parameterised queries. */
    public record Corpus(Path sources, Path lexicon, int plans, int countries, String planId, String technologyId,
            String agencyId) {
    }

    /** Writes {@code root/sources} and {@code root/lexicon} for about {@code triples} triples. */
    public Corpus write(Path root, long triples) {
        int plans = plansFor(triples);
        double last = lastPlanFraction(triples);
        int countries = (plans + PLANS_PER_COUNTRY - 1) / PLANS_PER_COUNTRY;
        Path sources = root.resolve("sources");
        Path lexicon = root.resolve("lexicon");
        try {
            Files.createDirectories(sources);
            Files.createDirectories(lexicon);
            int written = 0;
            for (int c = 1; c <= countries; c++) {
                int inCountry = Math.min(PLANS_PER_COUNTRY, plans - written);
                writeLexicon(lexicon.resolve(String.format("syn-c%04d.yaml", c)), c, inCountry);
                for (int k = 1; k <= inCountry; k++) {
                    boolean isLast = written + k == plans;
                    writePlan(sources.resolve(String.format("syn-c%04d-p%d.yaml", c, k)), c, k, isLast ? last : 1.0);
                }
                written += inCountry;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(sources, lexicon, plans, countries, planId(1, 1), techId(1, 1, 1, 1), agencyId(1, 1));
    }

    private SplittableRandom random(int country, int plan) {
        return new SplittableRandom(seed * 1_000_003L + country * 97L + plan);
    }

    static String country(int c) {
        return String.format("syn-c%04d", c);
    }

    static String planId(int c, int k) {
        return country(c) + "-p" + k + "-plan";
    }

    static String agencyId(int c, int a) {
        return country(c) + "-agency-" + a;
    }

    static String techId(int c, int k, int t, int u) {
        return country(c) + "-p" + k + "-tech-" + t + "-" + u;
    }

    static String programmeId(int c, int k, int p) {
        return country(c) + "-p" + k + "-prog-" + p;
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String labels(String en, String ko, String ja) {
        StringBuilder sb = new StringBuilder("{en: ").append(q(en));
        if (ko != null) {
            sb.append(", ko: ").append(q(ko));
        }
        if (ja != null) {
            sb.append(", ja: ").append(q(ja));
        }
        return sb.append('}').toString();
    }

    private void writeLexicon(Path file, int c, int plans) throws IOException {
        String cc = country(c);
        String name = "Synthland " + c;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# synthetic lexicon of " + name + " (stikg bench, seed " + seed + ")\nentities:\n");
            w.write("  - id: " + cc + "-ministry\n    type: Ministry\n    label: " + labels("Ministry of Science of "
                    + name, "신스랜드" + c + " 과학부", null) + "\n    acronym: MOS" + c + "\n");
            w.write("  - id: " + cc + "-council\n    type: Council\n    label: " + labels("Science Council of " + name,
                    "신스랜드" + c + " 과학기술회의", null) + "\n    org:subOrganizationOf: " + cc + "-ministry\n");
            for (int a = 1; a <= AGENCIES; a++) {
                w.write("  - id: " + agencyId(c, a) + "\n    type: [FundingAgency, NationalResearchAgency]\n    label: "
                        + labels("Research Agency " + a + " of " + name, "연구재단" + a + " " + c, "研究振興機構" + a)
                        + "\n    acronym: RA" + c + "X" + a + "\n    org:subOrganizationOf: " + cc + "-ministry\n");
            }
            w.write("  - id: " + cc + "-law\n    type: Law\n    label: " + labels("Science and Technology Act of "
                    + name, "과학기술기본법 " + c, null) + "\n");
            w.write("  - id: " + cc + "-series\n    type: PlanSeries\n    label: " + labels("Science Plan of " + name,
                    "과학기술기본계획 " + c, null) + "\n");
            SplittableRandom r = random(c, 0);
            for (int k = 1; k <= plans; k++) {
                for (int p = 1; p <= PROGRAMMES; p++) {
                    String[] topic = TOPICS[r.nextInt(TOPICS.length)];
                    w.write("  - id: " + programmeId(c, k, p) + "\n    type: Program\n    label: "
                            + labels(topic[0] + " Programme " + k + "." + p + " of " + name,
                                    topic[1] + " 사업 " + k + "." + p, null)
                            + "\n    ownedBy: " + cc + "-ministry\n    fundedBy: " + agencyId(c, 1 + r.nextInt(AGENCIES))
                            + "\n");
                }
            }
        }
    }

    private void writePlan(Path file, int c, int k, double size) throws IOException {
        int areas = Math.max(1, (int) Math.round(AREAS * size));
        int techAreas = Math.max(1, (int) Math.round(TECH_AREAS * size));
        SplittableRandom r = random(c, k);
        String cc = country(c);
        String pp = cc + "-p" + k;
        String name = "Synthland " + c;
        int start = 2000 + 5 * k + r.nextInt(3);
        // line layout: 1-9 overview, then one block of 2 + measures lines per policy area, then the two tables
        int areaBlock = 2 + MEASURES_PER_AREA;
        int areasFirst = 10;
        int techSection = areasFirst + AREAS * areaBlock;
        int techTableFirst = techSection + 2;
        int techTableLast = techTableFirst + techAreas;
        int targetSection = techTableLast + 2;
        int targetTableFirst = targetSection + 1;
        int targetTableLast = targetTableFirst + TARGETS;
        int lines = targetTableLast + 2;
        List<String> techRows = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# synthetic plan brief (stikg bench, seed " + seed + ")\n");
            w.write("document:\n  id: " + pp + "-brief\n  lines: " + lines + "\n  at: L1\n  label: "
                    + labels(name + " " + k + "th Science Plan: a brief", "신스랜드" + c + " 제" + k + "차 과학기술계획 요약", null)
                    + "\n  dct:creator: " + cc + "-council\n");
            w.write("sections:\n");
            w.write("  - {id: s1, number: \"1\", title: " + labels("Overview", "개요", null) + ", lines: 2-9}\n");
            for (int a = 1; a <= areas; a++) {
                int first = areasFirst + (a - 1) * areaBlock;
                String[] an = AREA_NAMES[(a - 1 + k) % AREA_NAMES.length];
                w.write("  - {id: s2-" + a + ", number: \"2." + a + "\", parent: s2, title: " + labels(an[0], an[1], null)
                        + ", lines: " + first + "-" + (first + areaBlock - 1) + "}\n");
            }
            w.write("  - {id: s2, number: \"2\", title: " + labels("Policy areas", "정책 분야", null) + ", lines: "
                    + areasFirst + "-" + (techSection - 1) + "}\n");
            w.write("  - {id: s3, number: \"3\", title: " + labels("Technology areas", "기술 분야", null) + ", lines: "
                    + techSection + "-" + techTableLast + "}\n");
            w.write("  - {id: s4, number: \"4\", title: " + labels("Targets", "목표", null) + ", lines: " + targetSection
                    + "-" + lines + "}\n");
            w.write("tables:\n");
            w.write("  - {id: t-tech, number: \"1\", title: " + labels("Technology areas", "기술 분야", null) + ", lines: "
                    + techTableFirst + "-" + techTableLast + ", section: s3}\n");
            w.write("  - {id: t-targets, number: \"2\", title: " + labels("Investment targets", "투자 목표", null)
                    + ", lines: " + targetTableFirst + "-" + targetTableLast + ", section: s4}\n");
            w.write("entities:\n");
            // the plan
            w.write("  - id: " + planId(c, k) + "\n    type: Plan\n    at: L3-4\n    label: "
                    + labels(name + " " + k + "th Science and Technology Plan", "신스랜드" + c + " 제" + k + "차 과학기술기본계획",
                            "シンスランド" + c + "第" + k + "期科学技術計画")
                    + "\n    edition: " + k + "\n    inSeries: " + cc + "-series\n    period: " + start + "/" + (start + 4)
                    + "\n    cabinetDecisionDate: {value: " + (start - 1) + "-" + String.format("%02d-%02d", 1 + r.nextInt(12),
                            1 + r.nextInt(28)) + ", at: L5}\n    legalBasis: {ref: " + cc + "-law, at: L6}\n    issuedBy: "
                    + cc + "-council\n    technologyScheme: " + pp + "-scheme\n    policyArea: [");
            for (int a = 1; a <= areas; a++) {
                w.write((a > 1 ? ", " : "") + pp + "-area-" + a);
            }
            w.write("]\n    target:\n");
            String currency = CURRENCIES[c % CURRENCIES.length];
            for (int t = 1; t <= TARGETS; t++) {
                w.write("      - type: Target\n        at: t-targets#" + t + " L" + (targetTableFirst + t - 1)
                        + "\n        label: " + labels("Target " + t, "목표 " + t, null) + "\n        amount: "
                        + (1 + r.nextInt(99)) + "." + r.nextInt(10) + "e" + (9 + r.nextInt(4)) + "\n        currency: "
                        + currency + "\n        period: " + start + "/" + (start + 4) + "\n");
            }
            // policy areas and their measures
            for (int a = 1; a <= areas; a++) {
                int first = areasFirst + (a - 1) * areaBlock;
                String[] an = AREA_NAMES[(a - 1 + k) % AREA_NAMES.length];
                w.write("  - id: " + pp + "-area-" + a + "\n    type: PolicyArea\n    at: L" + first + "\n    label: "
                        + labels(an[0] + " (" + name + ", plan " + k + ")", an[1] + " " + c + "-" + k, null)
                        + "\n    number: \"" + a + "\"\n");
                for (int m = 1; m <= MEASURES_PER_AREA; m++) {
                    String[] topic = TOPICS[r.nextInt(TOPICS.length)];
                    int line = first + 1 + m;
                    w.write("  - id: " + pp + "-measure-" + a + "-" + m + "\n    type: Measure\n    at: L" + line
                            + "\n    label: " + labels("Strengthen " + topic[0].toLowerCase() + " " + a + "." + m,
                                    topic[1] + " 강화 " + a + "." + m, null)
                            + "\n    underArea: " + pp + "-area-" + a + "\n    implementedBy: "
                            + agencyId(c, 1 + r.nextInt(AGENCIES)) + "\n    usesProgram: "
                            + programmeId(c, k, 1 + r.nextInt(PROGRAMMES)) + "\n");
                    if (m % 2 == 0) {
                        w.write("    target:\n      - type: Target\n        amount: " + (1 + r.nextInt(500)) + "e8\n"
                                + "        currency: " + currency + "\n");
                    }
                }
            }
            // technology scheme, categories, areas and technologies
            w.write("  - id: " + pp + "-scheme\n    type: TechnologyScheme\n    at: t-tech#0 L" + techTableFirst
                    + "\n    label: " + labels("Technology areas of plan " + k + " of " + name, "기술 분야 " + c + "-" + k, null)
                    + "\n");
            w.write("  - id: " + pp + "-cat-core\n    type: TechnologyCategory\n    at: L" + techSection + "\n    label: "
                    + labels("Core technology " + c + "-" + k, "핵심기술 " + c + "-" + k, null) + "\n");
            w.write("  - id: " + pp + "-cat-strategic\n    type: TechnologyCategory\n    at: L" + techSection
                    + "\n    label: " + labels("Strategic technology " + c + "-" + k, "전략기술 " + c + "-" + k, null)
                    + "\n    subCategoryOf: " + pp + "-cat-core\n");
            int topic0 = r.nextInt(TOPICS.length);
            for (int t = 1; t <= techAreas; t++) {
                String[] topic = TOPICS[(topic0 + t) % TOPICS.length];
                String row = "t-tech#" + t + " L" + (techTableFirst + t);
                w.write("  - id: " + pp + "-ta-" + t + "\n    type: TechnologyArea\n    at: " + row + "\n    label: "
                        + labels(topic[0] + " " + c + "-" + k, topic[1] + " " + c + "-" + k, topic[2] + " " + c + "-" + k)
                        + "\n    skos:inScheme: " + pp + "-scheme\n    inCategory: " + pp
                        + (t % 3 == 0 ? "-cat-core" : "-cat-strategic") + "\n    number: \"" + t
                        + "\"\n    exampleTechnology: [");
                for (int u = 1; u <= TECHS_PER_AREA; u++) {
                    w.write((u > 1 ? ", " : "") + techId(c, k, t, u));
                }
                w.write("]\n");
                for (int u = 1; u <= TECHS_PER_AREA; u++) {
                    String[] kind = KINDS[(t + u + r.nextInt(2)) % KINDS.length];
                    techRows.add(techId(c, k, t, u));
                    w.write("  - id: " + techId(c, k, t, u) + "\n    type: Technology\n    at: " + row + "\n    label: "
                            + labels(topic[0] + " " + kind[0] + " technology " + c + "-" + k + "-" + u,
                                    topic[1] + kind[1] + "기술 " + c + "-" + k + "-" + u,
                                    u % 2 == 1 ? topic[2] + kind[2] + "技術 " + c + "-" + k + "-" + u : null)
                            + "\n");
                }
            }
            // what the country's programmes support, stated by this plan
            for (int p = 1; p <= PROGRAMMES; p++) {
                String a = techRows.get(r.nextInt(techRows.size()));
                String b = techRows.get(r.nextInt(techRows.size()));
                w.write("  - about: " + programmeId(c, k, p) + "\n    at: L" + (areasFirst + p) + "\n    supports: ["
                        + a + (a.equals(b) ? "" : ", " + b) + "]\n");
            }
        }
    }
}
