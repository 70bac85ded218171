#!/usr/bin/env python3
"""Adds to a running service's demo data what an upgrade must keep beyond it: corrections of a month
(revisions), an annual report submitted and accepted, a support project; then writes the answers of a set of
reads (the same paths the upgrade test reads after migrating) to the JSON file given.
usage: populate.py BASE_URL READS.json"""
import json, sys, urllib.request

base, out = sys.argv[1].rstrip('/'), sys.argv[2]

def call(method, path, body=None, token=None, allow=()):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header('content-type', 'application/json')
    if token: req.add_header('authorization', 'Bearer ' + token)
    try:
        with urllib.request.urlopen(req) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        if e.code in allow: return e.code, None
        sys.exit(f'{method} {path}: {e.code} {e.read().decode()}')

_, login = call('POST', '/api/auth/login', {'email': 'analyst@energysaving.example', 'password': 'TietKiem!2026'})
token = login['accessToken']
facilities = call('GET', '/api/facilities?pageSize=200', token=token)[1]['items']

# Two corrections of one month (three revisions), of the first facility whose 2025 is not locked by a report.
first = None
for f in facilities:
    body = lambda q: {'entries': [{'carrier': 'electricity', 'quantity': q, 'unit': 'kWh'}], 'note': f'upgrade dump {q}'}
    if call('PUT', f'/api/facilities/{f["id"]}/consumption/2025-03', body(41000), token, allow=(409,))[0] == 409: continue
    first = f['id']
    for quantity in (42000, 43500): call('PUT', f'/api/facilities/{first}/consumption/2025-03', body(quantity), token)
    break
if first is None: sys.exit('every facility has 2025 locked')

# An annual report submitted and accepted: the first facility with all twelve months of 2024 and no report yet.
accepted = None
for f in facilities:
    status, months = call('GET', f'/api/facilities/{f["id"]}/consumption?from=2024-01&to=2024-12', token=token)
    if len(months['months']) < 12: continue
    req = urllib.request.Request(base + f'/api/facilities/{f["id"]}/annual-reports/2024', headers={'authorization': 'Bearer ' + token})
    try:
        urllib.request.urlopen(req); continue  # already has a report
    except urllib.error.HTTPError as e:
        if e.code != 404: sys.exit(f'annual report of {f["id"]}: {e.code}')
    call('POST', f'/api/facilities/{f["id"]}/annual-reports/2024/submit', {'note': 'upgrade dump'}, token)
    call('POST', f'/api/facilities/{f["id"]}/annual-reports/2024/review', {'decision': 'accept'}, token)
    accepted = f['id']
    break
if accepted is None: sys.exit('no facility with a whole 2024 left to submit')

_, project = call('POST', '/api/support-projects', {
    'facilityId': first, 'year': 2025, 'kind': 'consulting', 'fundingSource': 'local',
    'title': 'Tư vấn tiết kiệm năng lượng (upgrade dump)', 'totalCostVnd': 200000000, 'supportVnd': 50000000}, token)

paths = [f'/api/facilities/{first}', f'/api/facilities/{first}/annual/2024', f'/api/facilities/{first}/baseline',
         f'/api/facilities/{first}/consumption?from=2025-01&to=2025-12', f'/api/facilities/{first}/consumption/2025-03/revisions',
         f'/api/facilities/{accepted}/annual-reports/2024', f'/api/support-projects/{project["id"]}',
         '/api/key-facilities?year=2024', '/api/support-candidates?year=2024', '/api/training/courses',
         '/api/annual-reports?year=2024', '/api/support-projects?year=2024']
reads = {p: call('GET', p, token=token)[1] for p in paths}
with open(out, 'w', encoding='utf-8') as f:
    json.dump({'facility': first, 'acceptedReport': accepted, 'project': project['id'], 'reads': reads}, f, ensure_ascii=False, indent=1)
print(f'populated: facility {first}, accepted report of {accepted} for 2024, project {project["id"]}; {len(paths)} reads in {out}')
