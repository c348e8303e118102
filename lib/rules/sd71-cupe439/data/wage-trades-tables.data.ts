// Wage Increases and Trades Adjustment (Schedule "B" trades), transcribed from the
// agreement in cents per hour. Titles sharing a pay-grade code carry identical rates
// in every printed table (verified when transcribed), so rates are keyed by code
// and the titles are listed per code. Validated at load by wage-tables.ts.

export const tradesTitlesData = {
  B13: ["Automotive Service Technician (Chargehand)", "Electrician/Heating Mechanic (Chargehand)", "Plumber/Heating Mechanic (Chargehand)"],
  B12: ["Automotive Service Technician", "HVAC Tradesperson-Plumber"],
  B10: ["Carpenter (Chargehand)", "Plumber/Heating Mechanic"],
  B9: ["Carpenter", "Painter (Chargehand)", "Plumber"],
  B11: ["Electrician", "Sheet Metal Worker/HVAC Assistant"],
  B8: ["Painter"],
} as const;

export const tradesTablesData = [
  {
    effective: "2014-05-01",
    gwiPercent: "0.5",
    esdFootnote: false,
    cite: "Wage Increases and Trades Adjustment, May 1, 2014",
    steps: {
      B13: [2920, 2968],
      B12: [2857, 2903, 2906],
      B10: [2729, 2778, 2906],
      B9: [2666, 2715, 2812],
      B11: [2794, 2838],
      B8: [2603, 2651],
    },
  },
  {
    effective: "2015-07-01",
    gwiPercent: "1.0",
    esdFootnote: false,
    cite: "Wage Increases and Trades Adjustment, July 1, 2015",
    steps: {
      B13: [2949, 2998],
      B12: [2886, 2932, 2935],
      B10: [2756, 2806, 2935],
      B9: [2693, 2742, 2840],
      B11: [2822, 2866],
      B8: [2629, 2678],
    },
  },
  {
    effective: "2016-07-01",
    gwiPercent: "0.5",
    esdFootnote: false,
    cite: "Wage Increases and Trades Adjustment, July 1, 2016",
    steps: {
      B13: [2964, 3013],
      B12: [2900, 2947, 2950],
      B10: [2770, 2820, 2950],
      B9: [2706, 2756, 2854],
      B11: [2836, 2880],
      B8: [2642, 2691],
    },
  },
  {
    effective: "2017-05-01",
    gwiPercent: "1.0",
    esdFootnote: true,
    cite: "Wage Increases and Trades Adjustment, May 1, 2017 *",
    steps: {
      B13: [2994, 3043],
      B12: [2929, 2976, 2980],
      B10: [2798, 2848, 2980],
      B9: [2733, 2784, 2883],
      B11: [2864, 2909],
      B8: [2668, 2718],
    },
  },
  {
    effective: "2017-07-01",
    gwiPercent: "0.5",
    esdFootnote: false,
    cite: "Wage Increases and Trades Adjustment, July 1, 2017",
    steps: {
      B13: [3009, 3058],
      B12: [2944, 2991, 2995],
      B10: [2812, 2862, 2995],
      B9: [2747, 2798, 2897],
      B11: [2878, 2924],
      B8: [2681, 2732],
    },
  },
  {
    effective: "2018-05-01",
    gwiPercent: "1.0",
    esdFootnote: true,
    cite: "Wage Increases and Trades Adjustment, May 1, 2018 *",
    steps: {
      B13: [3039, 3089],
      B12: [2973, 3021, 3025],
      B10: [2840, 2891, 3025],
      B9: [2774, 2826, 2926],
      B11: [2907, 2953],
      B8: [2708, 2759],
    },
  },
  {
    effective: "2018-07-01",
    gwiPercent: "0.5",
    esdFootnote: false,
    cite: "Wage Increases and Trades Adjustment, July 1, 2018",
    steps: {
      B13: [3054, 3104],
      B12: [2988, 3036, 3040],
      B10: [2854, 2905, 3040],
      B9: [2788, 2840, 2941],
      B11: [2922, 2968],
      B8: [2722, 2773],
    },
  },
  {
    effective: "2019-05-01",
    gwiPercent: "1.0",
    esdFootnote: true,
    cite: "Wage Increases and Trades Adjustment, May 1, 2019 *",
    steps: {
      B13: [3085, 3135],
      B12: [3018, 3066, 3070],
      B10: [2883, 2934, 3070],
      B9: [2816, 2868, 2970],
      B11: [2951, 2998],
      B8: [2749, 2801],
    },
  },
] as const;
