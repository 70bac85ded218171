#!/usr/bin/env python3
"""Deterministic generator of FICTIONAL demo data for EnergySaving (Thái Bình province shape).

Everything written here is invented: facility names, tax codes, people, phone numbers,
e-mails, consumption and temperatures. Only the shape (districts, industries, the 2023 training
figures of the provincial Industrial Promotion Center) follows public information.

Usage:  python3 seed-data/generate.py            (writes next to this file)
        python3 seed-data/generate.py --out DIR
Python 3 standard library only. Fixed random seed: re-running gives byte-identical files.
At the end the script re-reads its own output, checks it and exits non-zero if a check fails.
"""
import argparse
import calendar
import csv
import datetime as dt
import math
import os
import random
import sys
import unicodedata
from collections import defaultdict

SEED = 20230101
YEARS = (2022, 2023, 2024)
MONTHS = [(y, m) for y in YEARS for m in range(1, 13)]
STATION = "TB-THAIBINH"
PROVINCE = "Thái Bình"
ORGANIZER = "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình"

# TOE per unit of the carrier's unit (MOIT Official Letter 3505/BCT-KHCN, 2011; biomass by 41.868 GJ/TOE)
CARRIERS = {
    "electricity": ("kWh", 0.0001543, 0),
    "coal-fines-3-4": ("t", 0.60, 1),
    "coal-fines-1-2": ("t", 0.70, 1),
    "coke": ("t", 0.70, 1),
    "diesel": ("L", 0.88 / 1000, 0),
    "natural-gas": ("m3", 0.90 / 1000, 0),
    "lpg": ("t", 1.09, 1),
    "biomass": ("GJ", 1 / 41.868, 1),
}  # code -> (unit, TOE per unit, decimals)

KEY_INDUSTRIAL_MIN = 1150.0   # generated key industrial facilities stay above this every year
THRESHOLD = {"industry": 1000.0, "agriculture": 1000.0, "transport": 1000.0, "building": 500.0}

# --- administrative geography (2023 names, before the 2025 merger) -------------------------
DISTRICTS = {
    "Thành phố Thái Bình": ["Phường Tiền Phong", "Phường Phú Khánh", "Phường Trần Lãm", "Phường Hoàng Diệu",
                            "Phường Kỳ Bá", "Phường Bồ Xuyên", "Phường Quang Trung", "Xã Đông Mỹ", "Xã Vũ Chính"],
    "Quỳnh Phụ": ["Thị trấn Quỳnh Côi", "Xã An Bài", "Xã Quỳnh Giao", "Xã An Ninh", "Xã Quỳnh Hồng", "Xã Quỳnh Hội"],
    "Đông Hưng": ["Thị trấn Đông Hưng", "Xã Đông La", "Xã Nguyên Xá", "Xã Mê Linh", "Xã Đông Sơn", "Xã Hồng Giang"],
    "Hưng Hà": ["Thị trấn Hưng Hà", "Thị trấn Hưng Nhân", "Xã Minh Khai", "Xã Thái Phương", "Xã Tân Lễ", "Xã Canh Tân"],
    "Kiến Xương": ["Thị trấn Kiến Xương", "Xã Vũ Quý", "Xã Quang Bình", "Xã Thanh Tân", "Xã Bình Nguyên", "Xã Vũ Ninh"],
    "Vũ Thư": ["Thị trấn Vũ Thư", "Xã Tự Tân", "Xã Minh Quang", "Xã Tam Quang", "Xã Song Lãng", "Xã Việt Hùng"],
    "Tiền Hải": ["Thị trấn Tiền Hải", "Xã Tây Giang", "Xã Tây Sơn", "Xã Đông Cơ", "Xã Nam Trung", "Xã Đông Lâm"],
    "Thái Thụy": ["Thị trấn Diêm Điền", "Xã Thụy Trình", "Xã Thụy Hà", "Xã Thái Thọ", "Xã Thụy Liên", "Xã Thụy Quỳnh"],
}
ZONES = {  # fictional plots in (real-named) industrial parks / clusters per district
    "Thành phố Thái Bình": ["KCN Phúc Khánh", "KCN Nguyễn Đức Cảnh", "KCN Sông Trà"],
    "Quỳnh Phụ": ["KCN Cầu Nghìn", "CCN Quỳnh Côi"],
    "Đông Hưng": ["CCN Đông La", "CCN Nguyên Xá"],
    "Hưng Hà": ["CCN Minh Khai", "CCN Thái Phương"],
    "Kiến Xương": ["CCN Vũ Quý", "CCN Thanh Tân"],
    "Vũ Thư": ["CCN Tân Minh", "CCN Minh Lãng"],
    "Tiền Hải": ["KCN Tiền Hải", "CCN Tây An"],
    "Thái Thụy": ["CCN Thụy Trình", "CCN Thái Thọ"],
}
STREETS = ["Lý Bôn", "Trần Hưng Đạo", "Lê Quý Đôn", "Hai Bà Trưng", "Trần Thái Tông", "Quang Trung",
           "Ngô Quyền", "Phan Bá Vành", "Lý Thường Kiệt", "Kỳ Đồng"]

# --- industries -----------------------------------------------------------------------------
# slug: (production unit, median SEC in TOE per unit, name prefixes, count, key count, seasonal bump months)
INDUSTRIES = {
    "textiles": ("t", 0.90, ["Sợi", "Dệt nhuộm", "Dệt may"], 14, 8, {}),
    "garments": ("pcs", 0.0006, ["May mặc", "May", "May xuất khẩu"], 16, 8, {}),
    "ceramics": ("m²", 0.0055, ["Gốm sứ", "Gạch ốp lát", "Sứ vệ sinh"], 10, 7, {}),
    "building-materials": (None, None, ["Vật liệu xây dựng", "Gạch tuynel", "Bê tông khí"], 12, 7, {}),
    "food-processing": ("t", 0.12, ["Chế biến nông sản", "Thực phẩm", "Chế biến lương thực"], 12, 6,
                        {6: 0.12, 7: 0.08, 10: 0.12, 11: 0.08}),
    "seafood": ("t", 0.30, ["Thủy sản", "Chế biến thủy sản"], 6, 2, {4: 0.1, 5: 0.15, 6: 0.2, 7: 0.2, 8: 0.15, 9: 0.1}),
    "mechanical": ("t", 0.35, ["Cơ khí", "Cơ khí chế tạo", "Kết cấu thép"], 9, 4, {}),
    "beer": ("hl", 0.0055, ["Bia", "Bia và Nước giải khát"], 3, 2, {4: 0.1, 5: 0.2, 6: 0.25, 7: 0.25, 8: 0.2}),
    "plastics": ("t", 0.17, ["Nhựa", "Bao bì nhựa"], 8, 4, {}),
    "paper": ("t", 0.45, ["Giấy", "Bao bì giấy"], 6, 4, {}),
    "electronics": ("pcs", 0.00025, ["Điện tử", "Linh kiện điện tử"], 6, 3, {}),
}
BRANDS = ["Hồng Phát", "Minh Long", "Thành Đạt", "An Khang", "Phú Thịnh", "Hưng Thịnh", "Tân Việt", "Đại Phong",
          "Việt Hưng", "Sao Mai", "Trường An", "Bình Minh", "Thái Sơn", "Kim Long", "Đức Thành", "Quang Minh",
          "Hải Đăng", "Nam Phong", "Thiên Ân", "Phúc Lộc", "Vạn Xuân", "Hòa Bình", "Đông Á", "Hà Phong",
          "Lạc Hồng", "Tiến Thành", "Gia Bảo", "Hưng Long", "Ánh Dương", "Thành Công", "Phương Đông", "Hoàng Long",
          "Tân Phú", "Mạnh Cường", "Đại Dương", "Kiến Phát", "Song Hà", "Nhật Quang", "Vĩnh Tiến", "Hải Hà",
          "Trung Kiên", "Phú Cường", "Bảo Ngọc", "Thịnh Vượng", "Tân Hoàng", "Đồng Tâm Việt", "Hưng Phú",
          "Minh Trí", "Sơn Hà", "Tài Lộc", "Quang Vinh", "Đức Minh", "An Phú", "Hồng Hà", "Thái Hòa", "Việt Tiến",
          "Kim Sơn", "Phú Hưng", "Thanh Bình", "Tân Thành", "Ngọc Lan", "Hòa Phát Đạt", "Việt Thắng", "Lam Sơn",
          "Nam Việt", "Hải Long", "Đông Phương", "Bắc Hà", "Xuân Trường", "Trà Giang", "Hoàng Hà", "Minh Phát",
          "Phúc Hưng", "Cát Tường", "Thăng Long Xanh", "Kỳ Anh", "An Bình", "Tiền Phong Mới", "Hưng Việt",
          "Thiên Phúc", "Đại Thành", "Tân Long", "Vạn Phúc", "Hợp Thành", "Gia Hưng", "Phú Gia", "Mai Linh Xanh",
          "Vĩnh Phát", "Đông Hải", "Sông Trà", "Tân Đức", "Bảo Long", "Thuận Phát", "Hưng Đạt", "Nhật Minh",
          "Việt Nhật TB", "Phát Đạt", "Đức Hưng", "Hoa Sen Vàng", "Long Hải", "Quốc Thịnh", "Trường Sơn",
          "Thành Nam", "An Lạc", "Phúc Thành", "Hồng Quang", "Đại Việt", "Tân Tiến", "Ngọc Sơn", "Minh Hà",
          "Tiến Đạt", "Kim Phát", "Hải Phong", "Vũ Gia", "Đông Thành", "Phương Nam"]
FORMS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Công ty TNHH"]

BUILDINGS = [  # (name, kind, key?) kind decides the carriers
    ("Bệnh viện Đa khoa tư nhân An Phúc", "hospital", True),
    ("Khách sạn Sông Trà Riverside", "hotel", True),
    ("Trung tâm Thương mại Kỳ Bá Plaza", "supermarket", True),
    ("Tòa nhà Văn phòng Tổng hợp Lê Lợi Tower", "office", True),
    ("Bệnh viện Mắt tư nhân Hồng Đức", "hospital", False),
    ("Phòng khám Đa khoa Quốc tế Tiền Phong", "hospital", False),
    ("Khách sạn Hoàng Gia Thái Bình", "hotel", False),
    ("Khách sạn Hoa Biển", "hotel", False),
    ("Siêu thị Minh Phương", "supermarket", False),
    ("Siêu thị Điện máy Thành Công", "supermarket", False),
    ("Tòa nhà Văn phòng Vĩnh Phúc Center", "office", False),
    ("Tòa nhà Văn phòng Đông Hưng Office", "office", False),
]
AGRICULTURE = [  # (name, production?, seasonal)
    ("Hợp tác xã Dịch vụ Nông nghiệp Vũ Quý (sấy lúa)", "rice"),
    ("Hợp tác xã Nông nghiệp Thụy Trình (sấy lúa)", "rice"),
    ("Công ty Cổ phần Chăn nuôi Hưng Thịnh", "livestock"),
    ("Công ty TNHH Giống Thủy sản Biển Xanh", "hatchery"),
]
TRANSPORT = [  # (name, key?)
    ("Công ty Cổ phần Vận tải Hành khách Thái Bình Xanh", True),
    ("Công ty TNHH Vận tải Thủy Trà Lý", False),
]

TET = {2022: 2, 2023: 1, 2024: 2}  # month of the Lunar New Year (1 Feb 2022, 22 Jan 2023, 10 Feb 2024)


def days_in(y, m):
    return calendar.monthrange(y, m)[1]


def rnd(x, nd):
    v = round(x, nd)
    return str(int(v)) if nd == 0 else f"{v:.{nd}f}"


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ============================================================================================
# Weather
# ============================================================================================
def gen_weather(rng):
    temps = {}
    d = dt.date(2022, 1, 1)
    anomaly = 0.0
    year_offset = {2022: rng.gauss(0, 0.3), 2023: rng.gauss(0, 0.3), 2024: rng.gauss(0, 0.3)}
    while d <= dt.date(2024, 12, 31):
        doy = d.timetuple().tm_yday
        clim = 23.0 - 6.8 * math.cos(2 * math.pi * (doy - 20) / 365.25)
        winter = 0.5 + 0.5 * math.cos(2 * math.pi * (doy - 20) / 365.25)  # 1 in January, 0 in July
        sd = 0.7 + 1.0 * winter
        anomaly = 0.75 * anomaly + rng.gauss(0, sd)
        if winter > 0.6 and rng.random() < 0.02:  # cold surge (gió mùa đông bắc)
            anomaly -= rng.uniform(3, 6)
        t = clim + year_offset[d.year] + anomaly
        t = max(8.0, min(33.5, t))
        temps[d] = round(t, 1)
        d += dt.timedelta(days=1)
    return temps


def monthly_cdd(temps, base=24.0):
    cdd = defaultdict(float)
    for d, t in temps.items():
        cdd[(d.year, d.month)] += max(t - base, 0.0)
    return cdd


# ============================================================================================
# Facilities
# ============================================================================================
def pick_district(rng, industry):
    if industry == "ceramics":
        return "Tiền Hải" if rng.random() < 0.7 else rng.choice(["Kiến Xương", "Thái Thụy"])
    if industry == "building-materials" and rng.random() < 0.35:
        return "Tiền Hải"
    weights = {"Thành phố Thái Bình": 5, "Quỳnh Phụ": 3, "Đông Hưng": 3, "Hưng Hà": 3, "Kiến Xương": 2,
               "Vũ Thư": 3, "Tiền Hải": 2, "Thái Thụy": 2}
    names = list(weights)
    return rng.choices(names, [weights[n] for n in names])[0]


def carrier_mix(rng, f):
    """Shares of annual TOE by carrier, and the base-load fraction of each carrier."""
    ind, gas = f["industry"], f["district"] == "Tiền Hải"
    if f["sector"] == "building":
        mix = {"electricity": 0.95, "diesel": 0.05}
        if f["kind"] in ("hospital", "hotel"):
            mix = {"electricity": 0.86, "lpg": 0.10, "diesel": 0.04}
        return mix
    if f["sector"] == "agriculture":
        if f["kind"] == "rice":
            return {"electricity": 0.35, "biomass": 0.55, "diesel": 0.10}
        return {"electricity": 0.8, "diesel": 0.2}
    if f["sector"] == "transport":
        return {"diesel": 0.96, "electricity": 0.04}
    thermal = None
    if ind == "textiles":
        mix = {"electricity": 0.6, "diesel": 0.05}
        thermal = ("coal-fines-3-4", 0.35) if rng.random() < 0.7 else None
        if thermal is None:
            mix = {"electricity": 0.9, "diesel": 0.1}
    elif ind == "garments":
        mix = {"electricity": 0.85, "diesel": 0.15} if rng.random() < 0.7 else {"electricity": 1.0}
    elif ind == "ceramics":
        mix = {"electricity": 0.3}
        thermal = ("coal-fines-1-2", 0.62)
        if rng.random() < 0.4:
            mix["lpg"] = 0.08
        else:
            mix["electricity"] = 0.38
    elif ind == "building-materials":
        if f["production_unit"] == "m³":
            mix = {"electricity": 0.55, "diesel": 0.1}
            thermal = ("coal-fines-3-4", 0.35)
        else:
            mix = {"electricity": 0.22, "diesel": 0.06}
            thermal = ("coke", 0.72) if rng.random() < 0.35 else ("coal-fines-3-4", 0.72)
    elif ind == "food-processing":
        mix = {"electricity": 0.5, "diesel": 0.08}
        thermal = ("biomass", 0.42) if rng.random() < 0.6 else ("lpg", 0.42)
    elif ind == "seafood":
        mix = {"electricity": 0.85, "diesel": 0.15}
    elif ind == "mechanical":
        mix = {"electricity": 0.75, "diesel": 0.1}
        if rng.random() < 0.4:
            thermal = ("coke", 0.15)
        else:
            mix = {"electricity": 0.85, "diesel": 0.15}
    elif ind == "beer":
        mix = {"electricity": 0.42, "diesel": 0.06}
        thermal = ("coal-fines-1-2", 0.52)
    elif ind == "plastics":
        mix = {"electricity": 0.95, "diesel": 0.05} if rng.random() < 0.6 else {"electricity": 1.0}
    elif ind == "paper":
        mix = {"electricity": 0.35, "diesel": 0.05}
        thermal = ("coal-fines-3-4", 0.6)
    elif ind == "electronics":
        mix = {"electricity": 0.97, "diesel": 0.03}
    else:
        raise ValueError(ind)
    if thermal:
        carrier, share = thermal
        if gas and ind in ("ceramics", "textiles", "building-materials", "food-processing", "beer", "paper") \
                and rng.random() < 0.75:
            carrier = "natural-gas"  # Tiền Hải gas field zone
        mix[carrier] = mix.get(carrier, 0) + share
    return mix


def make_facilities(rng):
    facs = []
    brands = BRANDS[:]
    rng.shuffle(brands)
    bi = iter(brands)
    for ind, (unit, sec, prefixes, count, keys, _) in INDUSTRIES.items():
        for i in range(count):
            f = {"sector": "industry", "industry": ind, "kind": ind}
            if ind == "building-materials":
                if i % 3 == 2:
                    f["production_unit"], f["sec_median"] = "m³", 0.018   # aerated concrete / concrete
                    prefix = "Bê tông khí" if rng.random() < 0.5 else "Bê tông"
                else:
                    f["production_unit"], f["sec_median"] = "t", 0.05     # bricks, lime
                    prefix = rng.choice(["Vật liệu xây dựng", "Gạch tuynel", "Vôi công nghiệp"])
            else:
                f["production_unit"], f["sec_median"] = unit, sec
                prefix = rng.choice(prefixes)
            f["name"] = f"{rng.choice(FORMS)} {prefix} {next(bi)} (demo)"
            f["role"] = "key" if i < keys else "small"
            facs.append(f)
    for name, kind, key in BUILDINGS:
        facs.append({"sector": "building", "industry": "", "production_unit": "", "kind": kind,
                     "name": name + " (demo)", "role": "key" if key else "small"})
    for name, kind in AGRICULTURE:
        facs.append({"sector": "agriculture", "industry": "", "production_unit": "t", "kind": kind,
                     "name": name + " (demo)", "role": "small"})
    for name, key in TRANSPORT:
        facs.append({"sector": "transport", "industry": "", "production_unit": "", "kind": "transport",
                     "name": name + " (demo)", "role": "key" if key else "small"})

    # two small industrial facilities that expand in 2024 and cross the 1,000 TOE threshold
    crossers = [f for f in facs if f["sector"] == "industry" and f["role"] == "small"
                and f["industry"] in ("garments", "plastics")]
    for f in (crossers[0], crossers[-1]):
        f["role"] = "crosser"

    rng.shuffle(facs)
    tax_codes = set()
    for n, f in enumerate(facs, 1):
        f["code"] = f"TB-{n:04d}"
        if f["sector"] == "building":
            f["district"] = "Thành phố Thái Bình" if rng.random() < 0.8 else rng.choice(["Đông Hưng", "Thái Thụy"])
        elif f["sector"] == "industry":
            f["district"] = pick_district(rng, f["industry"])
        else:
            f["district"] = rng.choice(["Kiến Xương", "Thái Thụy", "Vũ Thư", "Quỳnh Phụ"])
            if f["name"].startswith("Hợp tác xã Dịch vụ Nông nghiệp Vũ Quý"):
                f["district"] = "Kiến Xương"
            if "Thụy Trình" in f["name"]:
                f["district"] = "Thái Thụy"
            if f["sector"] == "transport":
                f["district"] = "Thành phố Thái Bình"
        communes = DISTRICTS[f["district"]]
        f["commune"] = rng.choice(communes)
        if f["sector"] == "industry":
            f["address"] = f"Lô {rng.choice('ABCDE')}{rng.randint(1, 24)}, {rng.choice(ZONES[f['district']])}"
        elif f["district"] == "Thành phố Thái Bình":
            f["address"] = f"Số {rng.randint(2, 480)} đường {rng.choice(STREETS)}"
        else:
            f["address"] = f"Thôn {rng.choice(['Đông', 'Nam', 'Trung', 'Bắc', 'Thượng', 'Hạ'])}"
        while True:
            tc = "10" + "".join(str(rng.randint(0, 9)) for _ in range(8))
            if tc not in tax_codes:
                tax_codes.add(tc)
                break
        f["tax_code"] = tc
    return facs


# ============================================================================================
# Consumption
# ============================================================================================
def season_profile(f, year):
    prof = [1.0] * 13
    if f["sector"] == "agriculture":
        if f["kind"] == "rice":  # spring harvest June, autumn harvest October
            prof = [0, 0.25, 0.2, 0.25, 0.5, 2.2, 2.0, 0.6, 0.5, 2.1, 2.2, 0.7, 0.3]
        return prof
    if f["sector"] == "transport":
        tm = TET[year]
        prof[tm] = 1.25
        if tm > 1:
            prof[tm - 1] = 1.12
        return prof
    tm = TET[year]
    prof[tm] = 0.70
    if tm < 12:
        prof[tm + 1] = 0.93
    if tm > 1:
        prof[tm - 1] = 1.10  # rush before Tết
    for m, v in ((10, 1.04), (11, 1.08), (12, 1.13)):
        prof[m] = v
    bumps = INDUSTRIES.get(f["industry"], (None,) * 6)[5] or {}
    for m, b in bumps.items():
        prof[m] += b
    return prof


def plan_facility(rng, f, cdd_year2022):
    """Annual size, production, carriers and their base/variable split."""
    role, sector = f["role"], f["sector"]
    if sector == "industry":
        if role == "key":
            a = 1350 + 6500 * rng.random() ** 2.5
        elif role == "crosser":
            a = rng.uniform(830, 860)
        else:
            a = 150 + 700 * rng.random() ** 0.9
    elif sector == "building":
        a = rng.uniform(620, 950) if role == "key" else rng.uniform(90, 380)
    elif sector == "agriculture":
        a = rng.uniform(150, 600)
    else:
        a = rng.uniform(1300, 1500) if role == "key" else rng.uniform(300, 450)
    f["target_toe"] = a
    # growth of activity per year, relative to 2022
    if role == "crosser":
        f["growth"] = {2022: 1.0, 2023: 1.04, 2024: 1.04 * rng.uniform(1.50, 1.55)}  # new line
    elif role == "key":
        g = rng.uniform(-0.02, 0.05)
        f["growth"] = {2022: 1.0, 2023: 1 + g, 2024: (1 + g) * (1 + rng.uniform(-0.02, 0.05))}
    else:
        g = rng.uniform(-0.03, 0.03)
        f["growth"] = {2022: 1.0, 2023: 1 + g, 2024: (1 + g) * (1 + rng.uniform(-0.03, 0.03))}
    # efficiency gain from 2024 for about a third (specific consumption falls 3–8 %)
    f["eff2024"] = rng.uniform(0.92, 0.97) if (sector != "building" and rng.random() < 0.35) else 1.0
    if role == "crosser":
        f["eff2024"] = 1.0
    if sector == "building" and rng.random() < 0.3:
        f["eff2024"] = rng.uniform(0.93, 0.97)
    # specific energy consumption relative to the industry median: candidates are spread wider
    if sector == "industry":
        if role == "small" and rng.random() < 0.3:
            f["sec_factor"] = rng.uniform(1.25, 1.5)      # clearly worse than peers
        else:
            f["sec_factor"] = math.exp(rng.gauss(0, 0.10 if role == "key" else 0.15))
        sec = f["sec_median"] * f["sec_factor"]
        f["annual_production"] = a / sec
    elif sector == "agriculture":
        sec = {"rice": 0.035, "livestock": 0.12, "hatchery": 0.9}[f["kind"]] * math.exp(rng.gauss(0, 0.1))
        f["annual_production"] = a / sec
    else:
        f["annual_production"] = None
    f["mix"] = carrier_mix(rng, f)
    total = sum(f["mix"].values())
    f["mix"] = {c: s / total for c, s in f["mix"].items()}
    # split each carrier's annual TOE into base load (per day) and production / weather-driven part
    f["terms"] = {}
    for c, share in f["mix"].items():
        ac = a * share
        if sector == "building":
            if c == "electricity":
                cool = {"hospital": 0.28, "hotel": 0.32, "supermarket": 0.35, "office": 0.32}[f["kind"]]
                f["terms"][c] = (ac * (1 - cool) / 365.0, ac * cool / cdd_year2022)  # per day, per CDD
            else:
                f["terms"][c] = (ac / 365.0, 0.0)
        elif f["annual_production"] is None:
            f["terms"][c] = (ac / 365.0, 0.0)
        else:
            base = 0.25 if c == "electricity" else 0.08
            if sector == "agriculture" and f["kind"] == "rice":
                base = 0.08 if c == "electricity" else 0.0
            f["terms"][c] = (ac * base / 365.0, ac * (1 - base) / f["annual_production"])
    return f


def gen_consumption(rng, facs, cdd):
    rows = []
    for f in facs:
        for y in YEARS:
            prof = season_profile(f, y)
            mean = sum(prof[1:]) / 12.0
            for m in range(1, 13):
                if (y, m) in f.get("missing", ()):
                    continue
                d = days_in(y, m)
                g = f["growth"][y]
                eff = f["eff2024"] if y == 2024 else 1.0
                prod = None
                if f["annual_production"] is not None:
                    prod = f["annual_production"] / 12.0 * prof[m] / mean * g * (1 + rng.gauss(0, 0.04))
                    nd = 1 if f["production_unit"] == "t" and f["annual_production"] < 20000 else 0
                    prod_s = rnd(prod, nd)
                    prod = float(prod_s)
                    if prod <= 0:
                        prod, prod_s = 0.0, "0"
                else:
                    prod_s = ""
                for c, (base, var) in f["terms"].items():
                    if f["sector"] == "building":
                        toe = base * d * g + var * cdd[(y, m)]
                        toe *= eff
                    elif prod is None:
                        toe = base * d * g * (prof[m] / mean)
                    else:
                        toe = base * d + var * prod * eff
                    toe *= 1 + rng.gauss(0, 0.03)
                    unit, factor, nd = CARRIERS[c]
                    q = toe / factor
                    qs = rnd(q, nd)
                    if float(qs) <= 0:
                        continue  # e.g. no husk burnt in a month without harvest
                    rows.append([f["code"], f"{y}-{m:02d}", c, qs, unit,
                                 prod_s, f["production_unit"] if prod_s != "" else ""])
    return rows


# ============================================================================================
# Training
# ============================================================================================
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Phan",
            "Đinh", "Tạ", "Mai", "Lương", "Trịnh", "Đoàn"]
MALE_MID = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân", "Mạnh"]
FEMALE_MID = ["Thị", "Thu", "Ngọc", "Thanh", "Thị Thu", "Minh"]
MALE = ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Thắng", "Cường", "Trung", "Quân", "Hiếu", "Sơn", "Tùng",
        "Phong", "Khánh", "Duy", "Hưng", "Toàn", "Đạt", "Kiên"]
FEMALE = ["Hương", "Lan", "Hà", "Mai", "Ngọc", "Trang", "Thủy", "Hằng", "Linh", "Nhung", "Yến", "Huyền", "Phương",
          "Thảo", "Oanh", "Dung"]
POSITIONS = ["Trưởng phòng Kỹ thuật", "Phó Giám đốc sản xuất", "Cán bộ cơ điện", "Quản đốc phân xưởng",
             "Nhân viên phòng Kỹ thuật", "Trưởng ca vận hành lò hơi", "Trưởng ban Cơ điện", "Kỹ sư năng lượng",
             "Trưởng phòng Hành chính – Kỹ thuật"]


def person(rng, used):
    while True:
        if rng.random() < 0.6:
            n = f"{rng.choice(SURNAMES)} {rng.choice(MALE_MID)} {rng.choice(MALE)}"
        else:
            n = f"{rng.choice(SURNAMES)} {rng.choice(FEMALE_MID)} {rng.choice(FEMALE)}"
        if n not in used:
            used.add(n)
            return n


def email_for(name, code):
    parts = ascii_fold(name).lower().split()
    return f"{parts[-1]}.{''.join(p[0] for p in parts[:-1])}.{code.lower().replace('-', '')}@demo.example"


def phone(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"


def gen_training(rng, facs, annual, months_reported):
    courses = [
        ["TB-QLNL-2023-01", "Khoá đào tạo Người quản lý năng lượng năm 2023 (khoá 1)", "energy-manager",
         "2023-06-12", "2023-06-16", "Hội trường Sở Công Thương, Phường Lê Hồng Phong, TP. Thái Bình", ORGANIZER, 30],
        ["TB-QLNL-2023-02", "Khoá đào tạo Người quản lý năng lượng năm 2023 (khoá 2)", "energy-manager",
         "2023-09-18", "2023-09-22", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Thái Bình, TP. Thái Bình",
         ORGANIZER, 30],
        ["TB-QLNL-2024-01", "Khoá đào tạo Người quản lý năng lượng năm 2024", "energy-manager",
         "2024-11-18", "2024-11-22", "Hội trường Sở Công Thương, Phường Lê Hồng Phong, TP. Thái Bình", ORGANIZER, 30],
    ]

    def is_key(f, y):
        return months_reported[(f["code"], y)] == 12 and annual[(f["code"], y)] >= THRESHOLD[f["sector"]]

    key2023 = sorted([f for f in facs if is_key(f, 2023)], key=lambda f: f["code"])
    chosen = rng.sample(key2023, 39)
    doubles = set(f["code"] for f in rng.sample(chosen, 6))
    slots = []
    for f in chosen:
        slots.append(f)
        if f["code"] in doubles:
            slots.append(f)
    rng.shuffle(slots)
    c1, c2 = slots[:23], slots[23:]
    used_names = set()
    people = []
    for course, group in ((courses[0], c1), (courses[1], c2)):
        for f in group:
            people.append([course, f])
    # outcomes 2023: 2 absent, 3 failed, the rest passed
    idx = list(range(len(people)))
    rng.shuffle(idx)
    absent, failed = set(idx[:2]), set(idx[2:5])
    parts = []
    cert_no = 0
    for i, (course, f) in enumerate(people):
        name = person(rng, used_names)
        end = dt.date.fromisoformat(course[4])
        row = [course[0], name, f["code"], rng.choice(POSITIONS), email_for(name, f["code"]), phone(rng),
               dt.date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28)).isoformat()]
        if i in absent:
            row += ["false", "", "false", "", "", ""]
        elif i in failed:
            row += ["true", f"{rng.uniform(3.0, 4.8):.1f}", "false", "", "", ""]
        else:
            cert_no += 1
            issued = end + dt.timedelta(days=21 if course[0].endswith("01") else 24)
            row += ["true", f"{rng.uniform(5.5, 9.5):.1f}", "true", f"QLNL-2023-{cert_no:03d}",
                    issued.isoformat(), "2030-12-31"]
        parts.append(row)
    # 2024: ~20 participants, mainly key facilities still without a certified manager
    certified = set(r[2] for r in parts if r[10])
    key2024_uncert = sorted([f for f in facs if is_key(f, 2024) and f["code"] not in certified],
                            key=lambda f: f["code"])
    crossers = [f for f in key2024_uncert if f["role"] == "crosser"]
    others = [f for f in key2024_uncert if f["role"] != "crosser"]
    pick = crossers + rng.sample(others, 12)
    small = sorted([f for f in facs if f["sector"] == "industry" and not is_key(f, 2024)], key=lambda f: f["code"])
    pick += rng.sample(small, 3)
    recert = rng.sample(sorted(certified), 3)  # a second person from already-certified facilities
    fac_by_code = {f["code"]: f for f in facs}
    pick += [fac_by_code[c] for c in recert]
    rng.shuffle(pick)
    cert_no = 0
    for i, f in enumerate(pick):
        name = person(rng, used_names)
        row = ["TB-QLNL-2024-01", name, f["code"], rng.choice(POSITIONS), email_for(name, f["code"]), phone(rng),
               dt.date(rng.randint(1968, 1998), rng.randint(1, 12), rng.randint(1, 28)).isoformat()]
        if i < 6:        # results not yet entered
            row += ["", "", "", "", "", ""]
        elif i == 6:
            row += ["false", "", "false", "", "", ""]
        elif i == 7:
            row += ["true", "4.2", "false", "", "", ""]
        else:
            cert_no += 1
            row += ["true", f"{rng.uniform(5.5, 9.5):.1f}", "true", f"QLNL-2024-{cert_no:03d}",
                    "2024-12-16", "2030-12-31"]
        parts.append(row)
    return courses, parts


# ============================================================================================
# Writing and checking
# ============================================================================================
def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def annual_from_rows(rows):
    annual, months = defaultdict(float), defaultdict(set)
    for r in rows:
        y = int(r["month"][:4])
        factor = CARRIERS[r["carrier"]][1]
        if CARRIERS[r["carrier"]][0] != r["unit"]:
            raise SystemExit(f"unit mismatch {r}")
        annual[(r["facility_code"], y)] += float(r["quantity"]) * factor
        months[(r["facility_code"], y)].add(r["month"])
    return annual, {k: len(v) for k, v in months.items()}


class CheckFailed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckFailed(msg)


def check_output(out):
    facs = read_csv(os.path.join(out, "facilities.csv"))
    cons = read_csv(os.path.join(out, "consumption.csv"))
    weather = read_csv(os.path.join(out, "weather", f"{STATION}.csv"))
    courses = read_csv(os.path.join(out, "training-courses.csv"))
    parts = read_csv(os.path.join(out, "training-participants.csv"))
    sector = {f["code"]: f["sector"] for f in facs}
    annual, months = annual_from_rows(cons)
    all_months = {f"{y}-{m:02d}" for y, m in MONTHS}

    check(len(facs) == len({f["code"] for f in facs}), "duplicate facility codes")
    check(all(f["name"].endswith(" (demo)") for f in facs), "a facility name lacks ' (demo)'")
    check(all(len(f["tax_code"]) == 10 and f["tax_code"].isdigit() for f in facs), "bad tax code")
    check(len({f["tax_code"] for f in facs}) == len(facs), "duplicate tax code")
    check(len(weather) == (dt.date(2024, 12, 31) - dt.date(2022, 1, 1)).days + 1, "weather days")
    for f in facs:
        if f["sector"] == "building":
            check(f["industry"] == "" and f["production_unit"] == "", f"building {f['code']} has industry")
    gas = [r for r in cons if r["carrier"] == "natural-gas"]
    district = {f["code"]: f["district"] for f in facs}
    check(all(district[r["facility_code"]] == "Tiền Hải" for r in gas), "natural gas outside Tiền Hải")
    # one row per facility-month-carrier, production identical on the rows of a facility-month
    seen, prod = set(), {}
    for r in cons:
        k = (r["facility_code"], r["month"], r["carrier"])
        check(k not in seen, f"duplicate row {k}")
        seen.add(k)
        p = (r["production_quantity"], r["production_unit"])
        check(prod.setdefault(k[:2], p) == p, f"production differs within {k[:2]}")
        check(float(r["quantity"]) > 0, f"non-positive quantity {k}")
        if sector[r["facility_code"]] == "building":
            check(p == ("", ""), f"building with production {k}")

    missing = {}
    for f in facs:
        have = {m for (c, m) in prod if c == f["code"]}
        gap = sorted(all_months - have)
        if gap:
            missing[f["code"]] = gap

    def key(code, y):
        return months.get((code, y), 0) == 12 and annual[(code, y)] >= THRESHOLD[sector[code]]

    summary = {}
    for y in YEARS:
        ind = [c for c in sector if sector[c] == "industry" and key(c, y)]
        ind_raw = [c for c in sector if sector[c] == "industry" and annual[(c, y)] >= 1000]
        bld = [c for c in sector if sector[c] == "building" and key(c, y)]
        oth = [c for c in sector if sector[c] in ("agriculture", "transport") and key(c, y)]
        summary[y] = (ind, ind_raw, bld, oth)
        check(len(ind) >= 45, f"{y}: only {len(ind)} industrial key facilities")
        check(3 <= len(bld) <= 4, f"{y}: {len(bld)} key buildings")
        for c in ind_raw:
            check(annual[(c, y)] >= KEY_INDUSTRIAL_MIN, f"{y}: {c} borderline {annual[(c, y)]:.0f} TOE")
    for c in sector:
        for y in YEARS:
            a = annual[(c, y)]
            check(not (900 < a < KEY_INDUSTRIAL_MIN and sector[c] != "building"),
                  f"{c} {y} borderline at {a:.0f} TOE")
            check(not (sector[c] == "building" and 420 < a < 560), f"building {c} {y} borderline {a:.0f}")
    new2024 = sorted(set(summary[2024][0]) - set(summary[2023][0]) - set(summary[2023][1]))
    dropped = sorted(set(summary[2023][0]) - set(summary[2024][0]))
    check(1 <= len(new2024) <= 2, f"new key facilities in 2024: {new2024}")
    check(4 <= len(missing) <= 6, f"facilities with missing months: {missing}")
    check(all(len(v) == 1 for v in missing.values()), "a facility misses more than one month")
    check(any(v[0].startswith("2024") for v in missing.values()), "no missing month in 2024")
    small_ind = [c for c in sector if sector[c] == "industry" and annual[(c, 2024)] < 1000]
    check(len(small_ind) >= 30, "too few support candidates")

    # training 2023
    c2023 = [c for c in courses if c["start_date"].startswith("2023")]
    check(len(c2023) == 2 and all(c["kind"] == "energy-manager" for c in c2023), "2023 courses")
    codes2023 = {c["code"] for c in c2023}
    p2023 = [p for p in parts if p["course_code"] in codes2023]
    fac2023 = {p["facility_code"] for p in p2023}
    check(len(p2023) == 45, f"2023 participants {len(p2023)}")
    check(len(fac2023) == 39, f"2023 facilities {len(fac2023)}")
    not_key = [c for c in fac2023 if not key(c, 2023)]
    check(not not_key, f"2023 trainees from non-key facilities {not_key}")
    pairs = [(p["course_code"], p["full_name"], p["facility_code"]) for p in parts]
    check(len(pairs) == len(set(pairs)), "duplicate participant in a course")
    certs = [p["certificate_number"] for p in parts if p["certificate_number"]]
    check(len(certs) == len(set(certs)), "duplicate certificate number")
    for p in parts:
        if p["certificate_number"]:
            check(p["passed"] == "true" and p["attended"] == "true", f"certificate without pass {p}")
    certified_by = defaultdict(set)
    for p in parts:
        if p["certificate_number"]:
            certified_by[p["certificate_issued_on"][:4]].add(p["facility_code"])
    cert_any = set().union(*certified_by.values())
    uncovered2024 = sorted(c for c in summary[2024][0] + summary[2024][2] + summary[2024][3] if c not in cert_any)
    check(len(uncovered2024) >= 5, "compliance list for 2024 would be (almost) empty")

    # ---------------- summary ----------------
    print("\nSUMMARY (all data fictional)")
    print(f"facilities: {len(facs)}  " + ", ".join(
        f"{s}={sum(1 for v in sector.values() if v == s)}" for s in ("industry", "agriculture", "transport", "building")))
    print(f"consumption rows: {len(cons)}  ({os.path.getsize(os.path.join(out, 'consumption.csv')):,} bytes)")
    print(f"weather days: {len(weather)}")
    print("\nyear | industrial >=1000 TOE (12 months) | industrial >=1000 raw | buildings >=500 | agri/transport >=1000 | industrial not key")
    for y in YEARS:
        ind, raw, bld, oth = summary[y]
        n_small = sum(1 for c in sector if sector[c] == "industry" and not key(c, y))
        mins = min(annual[(c, y)] for c in raw)
        print(f"{y} | {len(ind):>3} (min {mins:,.0f} TOE)             | {len(raw):>3}                   | "
              f"{len(bld):>2}              | {len(oth):>2}                    | {n_small}")
    print("\nfacilities with a missing month:", "; ".join(
        f"{c} {v[0]} ({sector[c]}, {annual[(c, int(v[0][:4]))]:,.0f} TOE in 11 months)" for c, v in sorted(missing.items())))
    print("key (12 months, >= threshold) in 2024 but not >= 1000 TOE in 2023:",
          ", ".join(f"{c} ({annual[(c, 2023)]:.0f} -> {annual[(c, 2024)]:.0f} TOE)" for c in new2024))
    print("key in 2023 but not in 2024 (missing month or below):", ", ".join(dropped) or "none")
    print(f"\ntraining 2023: courses={len(c2023)} participants={len(p2023)} distinct facilities={len(fac2023)} "
          f"(all key in 2023), certified={sum(1 for p in p2023 if p['certificate_number'])}, "
          f"per course: " + ", ".join(f"{c}={sum(1 for p in p2023 if p['course_code'] == c)}" for c in sorted(codes2023)))
    p2024 = [p for p in parts if p["course_code"].endswith("2024-01")]
    print(f"training 2024: participants={len(p2024)}, awaiting results={sum(1 for p in p2024 if p['passed'] == '')}, "
          f"certified={sum(1 for p in p2024 if p['certificate_number'])}")
    print(f"2024 key facilities without any certified manager (ever): {len(uncovered2024)}")
    by_carrier = defaultdict(int)
    for r in cons:
        by_carrier[r["carrier"]] += 1
    print("rows by carrier:", ", ".join(f"{k}={v}" for k, v in sorted(by_carrier.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    rng = random.Random(SEED)

    temps = gen_weather(random.Random(SEED + 1))
    cdd = monthly_cdd(temps)
    cdd2022 = sum(v for (y, m), v in cdd.items() if y == 2022)

    facs = make_facilities(rng)
    for f in facs:
        plan_facility(rng, f, cdd2022)
    # a few facilities miss one month of reporting
    by_role = lambda role, sector="industry": sorted(
        [f for f in facs if f["role"] == role and f["sector"] == sector], key=lambda f: f["code"])
    keys, smalls = by_role("key"), by_role("small")
    for f, month in ((keys[3], (2022, 8)), (keys[20], (2024, 10)), (smalls[2], (2023, 4)),
                     (smalls[9], (2024, 3)), (by_role("small", "building")[1], (2022, 12))):
        f["missing"] = {month}

    rows = gen_consumption(random.Random(SEED + 2), facs, cdd)
    annual, months = defaultdict(float), defaultdict(int)
    seen = set()
    for r in rows:
        annual[(r[0], int(r[1][:4]))] += float(r[3]) * CARRIERS[r[2]][1]
        if (r[0], r[1]) not in seen:
            seen.add((r[0], r[1]))
            months[(r[0], int(r[1][:4]))] += 1
    courses, parts = gen_training(random.Random(SEED + 3), facs, annual, months)

    write_csv(os.path.join(out, "facilities.csv"),
              ["code", "name", "sector", "industry", "production_unit", "province", "district", "commune",
               "address", "tax_code", "weather_station"],
              [[f["code"], f["name"], f["sector"], f["industry"], f["production_unit"], PROVINCE, f["district"],
                f["commune"], f["address"], f["tax_code"], STATION] for f in facs])
    write_csv(os.path.join(out, "consumption.csv"),
              ["facility_code", "month", "carrier", "quantity", "unit", "production_quantity", "production_unit"],
              rows)
    write_csv(os.path.join(out, "weather", f"{STATION}.csv"), ["date", "mean_c"],
              [[d.isoformat(), f"{t:.1f}"] for d, t in sorted(temps.items())])
    write_csv(os.path.join(out, "weather-stations.csv"), ["code", "name", "province", "latitude", "longitude"],
              [[STATION, "Trạm khí tượng Thái Bình (demo)", PROVINCE, "20.45", "106.34"]])
    write_csv(os.path.join(out, "training-courses.csv"),
              ["code", "title", "kind", "start_date", "end_date", "location", "organizer", "capacity"], courses)
    write_csv(os.path.join(out, "training-participants.csv"),
              ["course_code", "full_name", "facility_code", "position", "email", "phone", "date_of_birth",
               "attended", "exam_score", "passed", "certificate_number", "certificate_issued_on",
               "certificate_valid_until"], parts)
    try:
        check_output(out)
    except CheckFailed as e:
        print(f"\nCHECK FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
