#!/usr/bin/env python3
"""Streaming generator of FICTIONAL benchmark data for EnergySaving's consumption import.

    python3 tests/load/generate_consumption.py --facilities 10000 --months 36 --carriers 3 --out DIR

writes
  DIR/facilities.csv   same columns as seed-data/facilities.csv; codes BENCH-000001…, sector industry
  DIR/consumption.csv  the import format of POST /api/consumption/imports:
                       facility_code,month,carrier,quantity,unit,production_quantity,production_unit
                       months from 2021-01; carriers (in this order, first N used):
                       electricity kWh, diesel L, coal-fines-3-4 t; production on every row.

Rows = facilities x months x carriers (10000 x 36 x 3 = 1,080,000). Rows are written as they
are generated, one facility at a time; nothing is held in memory beyond one facility.
Deterministic for a given --seed. Python 3 standard library only.
"""
import argparse
import os
import random
import sys
import time

CARRIERS = [  # code, unit, TOE per unit, decimals
    ("electricity", "kWh", 0.0001543, 0),
    ("diesel", "L", 0.00088, 0),
    ("coal-fines-3-4", "t", 0.60, 1),
]
INDUSTRIES = [("textiles", "t", 0.9), ("garments", "pcs", 0.0006), ("food-processing", "t", 0.12),
              ("plastics", "t", 0.17), ("mechanical", "t", 0.35), ("paper", "t", 0.45)]
SHARES = (0.6, 0.1, 0.3)
SEASON = (0.78, 0.85, 1.0, 1.0, 1.02, 1.0, 0.98, 1.0, 1.02, 1.05, 1.1, 1.2)
DISTRICTS = ("Quỳnh Phụ", "Đông Hưng", "Hưng Hà", "Kiến Xương", "Vũ Thư", "Tiền Hải", "Thái Thụy",
             "Thành phố Thái Bình")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facilities", type=int, default=10000)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--carriers", type=int, default=3, choices=(1, 2, 3))
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    if a.facilities < 1 or a.facilities > 999999 or a.months < 1:
        ap.error("--facilities must be 1..999999 and --months >= 1")
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    gauss, uniform = rng.gauss, rng.uniform
    months = [f"{2021 + i // 12}-{i % 12 + 1:02d}" for i in range(a.months)]
    if months[-1] > time.strftime("%Y-%m"):
        ap.error(f"--months {a.months} reaches {months[-1]}, a future month the import rejects")
    carriers = CARRIERS[:a.carriers]
    shares = SHARES[:a.carriers]
    total_share = sum(shares)
    t0 = time.time()
    rows = 0
    with open(os.path.join(a.out, "facilities.csv"), "w", encoding="utf-8", newline="") as ff, \
            open(os.path.join(a.out, "consumption.csv"), "w", encoding="utf-8", newline="") as fc:
        ff.write("code,name,sector,industry,production_unit,province,district,commune,address,tax_code,"
                 "weather_station\n")
        fc.write("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n")
        for n in range(1, a.facilities + 1):
            code = f"BENCH-{n:06d}"
            ind, punit, sec = INDUSTRIES[n % len(INDUSTRIES)]
            district = DISTRICTS[n % len(DISTRICTS)]
            ff.write(f"{code},Cơ sở thử tải {n:06d} (demo),industry,{ind},{punit},Thái Bình,{district},,,"
                     f"{9000000000 + n},TB-THAIBINH\n")
            annual_toe = 150 * (1 + 40 * rng.random() ** 3)
            prod_month = annual_toe / (sec * uniform(0.8, 1.3)) / 12.0
            pnd = 1 if punit == "t" else 0
            lines = []
            for i, month in enumerate(months):
                p = prod_month * SEASON[i % 12] * (1 + gauss(0, 0.04))
                ps = f"{p:.1f}" if pnd else str(int(round(p)))
                for (carrier, unit, factor, nd), share in zip(carriers, shares):
                    toe = annual_toe / 12.0 * share / total_share * (0.25 + 0.75 * SEASON[i % 12])
                    q = toe * (1 + gauss(0, 0.03)) / factor
                    qs = f"{q:.1f}" if nd else str(int(round(q)))
                    lines.append(f"{code},{month},{carrier},{qs},{unit},{ps},{punit}\n")
            fc.write("".join(lines))  # one facility's rows at a time
            rows += len(lines)
    print(f"wrote {a.facilities} facilities and {rows:,} consumption rows to {a.out} "
          f"in {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
