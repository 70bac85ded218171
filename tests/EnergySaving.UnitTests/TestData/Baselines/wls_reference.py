#!/usr/bin/python3
"""Independent known answers for WeightedLeastSquares (tests/EnergySaving.UnitTests/Baselines).

Fits the BASELINES.md model on wls_24_months.csv with statsmodels WLS:
    y = energy_toe / days,  X = [1, production / days, hdd],  weights = days
and writes coefficients, standard errors, t values, p-values, R² and adjusted R² to
wls_24_months.expected.json. Run with Debian's python (apt-get install python3-statsmodels):
    /usr/bin/python3 wls_reference.py
"""
import json
import pathlib

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm

here = pathlib.Path(__file__).resolve().parent
data = pd.read_csv(here / "wls_24_months.csv")
y = data["energy_toe"] / data["days"]
x = sm.add_constant(pd.DataFrame({"production": data["production"] / data["days"], "hdd": data["hdd"]}))
fit = sm.WLS(y, x, weights=data["days"]).fit()

expected = {
    "tool": f"statsmodels {statsmodels.__version__} WLS, numpy {np.__version__}",
    "terms": list(x.columns),
    "coefficients": fit.params.tolist(),
    "standardErrors": fit.bse.tolist(),
    "tValues": fit.tvalues.tolist(),
    "pValues": fit.pvalues.tolist(),
    "rSquared": float(fit.rsquared),
    "adjustedRSquared": float(fit.rsquared_adj),
    "sse": float(fit.ssr),
    "dfResid": int(fit.df_resid),
}
(here / "wls_24_months.expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(fit.summary())
