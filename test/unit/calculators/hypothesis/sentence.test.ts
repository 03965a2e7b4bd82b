import { testQuadrantHypothesis, type PanelObservation } from "../../../../calculators/hypothesis";
import { lagPhrase } from "../../../../calculators/hypothesis/labels";
import {
  formatCount,
  formatStatistic,
  roundSignificant,
} from "../../../../calculators/hypothesis/numbers";
import { syntheticPanel } from "./panels";

/** The hand-computed panel (hand-computed.test.ts): slope −1.1333, interval [−1.637, −0.629]. */
function handPanel(): PanelObservation[] {
  const effort = [1, 2, 3, 4, 2, 4, 4, 6, 0, 1, 1, 2];
  const demand = [10, 9, 9, 6, 20, 19, 17, 16, 5, 5, 4, 2];
  return effort.map((e, i) => ({
    unit: "ABC"[Math.floor(i / 4)],
    period: `2025-0${(i % 4) + 1}`,
    effort: e,
    demand: demand[i],
  }));
}

const labels = {
  effort: { nl: "uur collectief werk", en: "hour of collective work" },
  demand: { nl: "nieuwe casussen", en: "new cases" },
};

describe("the finding in words", () => {
  it("states direction, size, interval, sample and that it is no causation, in Dutch and English", () => {
    const [lag0] = testQuadrantHypothesis(handPanel(), { lags: [0], labels }).lags;
    expect(lag0.sentence.nl).toBe(
      "Inzet in dezelfde maand als de vraag: binnen een wijk hoorde bij een extra uur collectief werk gemiddeld 1,1 nieuwe casussen minder (95%-interval -1,6 tot -0,63; 12 waarnemingen, 3 wijken, 4 maanden). Het interval sluit 0 uit. Dit is een samenhang, geen oorzaak: andere ontwikkelingen in dezelfde wijken en maanden kunnen beide verklaren.",
    );
    expect(lag0.sentence.en).toBe(
      "Effort in the same month as the demand: within the same district, one extra hour of collective work went on average with 1.1 fewer new cases (95% interval -1.6 to -0.63; 12 observations, 3 districts, 4 months). The interval excludes 0. This is an association, not causation: other developments in the same districts and months may explain both.",
    );
  });

  it("says more/meer for a positive slope", () => {
    const mirrored = handPanel().map((c) => ({ ...c, demand: 100 - c.demand }));
    const [lag0] = testQuadrantHypothesis(mirrored, { lags: [0], labels }).lags;
    expect(lag0.fixedEffects!.slope).toBeCloseTo(17 / 15, 4);
    expect(lag0.sentence.nl).toContain(
      "gemiddeld 1,1 nieuwe casussen meer (95%-interval 0,63 tot 1,6;",
    );
    expect(lag0.sentence.en).toContain(
      "went on average with 1.1 more new cases (95% interval 0.63 to 1.6;",
    );
  });

  it("says the data also fit no association when the interval holds 0", () => {
    const panel = syntheticPanel(
      { units: 6, periods: 12, beta: 0, lag: 0, noise: 2, effortSpread: 3, sizeSpread: 8 },
      1,
    );
    const [lag0] = testQuadrantHypothesis(panel, { lags: [0] }).lags;
    const fe = lag0.fixedEffects!;
    expect(fe.lower < 0 && fe.upper > 0).toBe(true); // this seed's interval holds 0
    expect(lag0.sentence.nl).toContain(
      "Het interval bevat 0: de gegevens passen ook bij geen samenhang.",
    );
    expect(lag0.sentence.en).toContain(
      "The interval includes 0: the data are also consistent with no association.",
    );
    expect(lag0.sentence.nl).not.toContain("sluit 0 uit");
    expect(lag0.sentence.nl).toContain("geen oorzaak");
    expect(lag0.sentence.en).toContain("not causation");
    expect(lag0.sentence.nl).not.toContain("toeval"); // no chance caveat without a finding
  });

  it("warns that one of several tested lags can exclude 0 by chance", () => {
    const [lag0, lag1] = testQuadrantHypothesis(handPanel(), { lags: [0, 1], minPeriods: 3 }).lags;
    expect(lag1.refused).toBeNull();
    expect(lag0.sentence.nl).toContain(
      "Er zijn 2 vertragingen getoetst; dat één interval 0 uitsluit, kan ook toeval zijn.",
    );
    expect(lag0.sentence.en).toContain(
      "2 lags were tested; one interval excluding 0 can still be chance.",
    );
  });

  it("counts only the lags with an estimate as tested", () => {
    // At the default minimum of 4 periods, lag 1 is refused: one lag was really tested.
    const [lag0, lag1] = testQuadrantHypothesis(handPanel(), { lags: [0, 1] }).lags;
    expect(lag1.refused).not.toBeNull();
    expect(lag0.sentence.nl).not.toContain("vertragingen getoetst");
    expect(lag0.sentence.en).not.toContain("lags were tested");
  });

  it("says why a refused lag has no verdict", () => {
    const [, lag1] = testQuadrantHypothesis(handPanel(), { lags: [0, 1] }).lags;
    expect(lag1.sentence).toEqual({
      nl: "Inzet 1 maand vóór de vraag: geen schatting, want te weinig maanden met paren (3) voor een schatting: minstens 4 nodig. Dit zegt dus niets over wel of geen samenhang tussen inzet en vraag.",
      en: "Effort 1 month before the demand: no estimate, because too few months with pairs (3) for an estimate: at least 4 needed. This says nothing either way about an association between effort and demand.",
    });
  });

  it("uses the default, generic words when no labels are given", () => {
    const [lag0] = testQuadrantHypothesis(handPanel(), { lags: [0] }).lags;
    expect(lag0.sentence.nl).toContain(
      "hoorde bij een extra eenheid inzet (collectief/informeel) gemiddeld 1,1 eenheden vraag (individueel/formeel) minder",
    );
    expect(lag0.sentence.en).toContain(
      "one extra unit of effort (collective/informal) went on average with 1.1 fewer units of demand (individual/formal)",
    );
  });
});

describe("words and numbers", () => {
  it("names the lag in months or quarters", () => {
    expect(lagPhrase(0, "MONTH", "nl")).toBe("in dezelfde maand als de vraag");
    expect(lagPhrase(3, "MONTH", "nl")).toBe("3 maanden vóór de vraag");
    expect(lagPhrase(1, "QUARTER", "nl")).toBe("1 kwartaal vóór de vraag");
    expect(lagPhrase(2, "QUARTER", "nl")).toBe("2 kwartalen vóór de vraag");
    expect(lagPhrase(0, "QUARTER", "nl")).toBe("in hetzelfde kwartaal als de vraag");
    expect(lagPhrase(6, "MONTH", "en")).toBe("6 months before the demand");
    expect(lagPhrase(1, "QUARTER", "en")).toBe("1 quarter before the demand");
  });

  it("formats statistics the Dutch way in Dutch: two significant digits, whole from 100", () => {
    expect(formatStatistic(-1.13333, "nl")).toBe("-1,1");
    expect(formatStatistic(0.000123, "nl")).toBe("0,00012");
    expect(formatStatistic(1234.5, "nl")).toBe("1.235");
    expect(formatStatistic(1234.5, "en")).toBe("1,235");
    expect(formatCount(1728, "nl")).toBe("1.728");
  });

  it("rounds returned statistics to six significant digits, −0 to 0", () => {
    expect(roundSignificant(-1.1333333333)).toBe(-1.13333);
    expect(roundSignificant(0.000837664938)).toBe(0.000837665);
    expect(roundSignificant(123456789)).toBe(123457000);
    expect(Object.is(roundSignificant(-0), 0)).toBe(true);
    expect(Object.is(roundSignificant(-1e-30, 6), -1e-30)).toBe(true);
  });
});
