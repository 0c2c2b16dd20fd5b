"""Postal abbreviations of Indian and US states, read only as the last name inside a town's brackets ("(Ernakulam, KL)")."""

from __future__ import annotations

import re

__all__ = ["ABBREVIATED_STATE", "AP_STATES", "AP_STATE_DATELINE", "STATE_CODES"]

# Outside brackets these letters are mostly something else ("AP" the agency, "UP" the word), so only this slot is read.
ABBREVIATED_STATE = re.compile(r"[(,][ \t]*(J&K|[A-Z]{2})[ \t]*\)")

STATE_CODES: dict[str, tuple[tuple[str, str], ...]] = {
    code: tuple((country, name) for country, name in (pair.split(":") for pair in names.split("|")))
    for code, names in (line.split(" ", 1) for line in """
AP IN:Andhra Pradesh
AR IN:Arunachal Pradesh|US:Arkansas
AS IN:Assam
BR IN:Bihar
CG IN:Chhattisgarh
GA IN:Goa|US:Georgia
GJ IN:Gujarat
HR IN:Haryana
HP IN:Himachal Pradesh
JH IN:Jharkhand
J&K IN:Jammu and Kashmir
KA IN:Karnataka
KL IN:Kerala
MP IN:Madhya Pradesh
MH IN:Maharashtra
MN IN:Manipur|US:Minnesota
ML IN:Meghalaya
MZ IN:Mizoram
NL IN:Nagaland
OD IN:Odisha
PB IN:Punjab
RJ IN:Rajasthan
SK IN:Sikkim
TN IN:Tamil Nadu|US:Tennessee
TS IN:Telangana
TG IN:Telangana
TR IN:Tripura
UP IN:Uttar Pradesh
UK IN:Uttarakhand
WB IN:West Bengal
AL US:Alabama
AK US:Alaska
AZ US:Arizona
CA US:California
CO US:Colorado
CT US:Connecticut
DE US:Delaware
FL US:Florida
HI US:Hawaii
ID US:Idaho
IL US:Illinois
IN US:Indiana
IA US:Iowa
KS US:Kansas
KY US:Kentucky
LA US:Louisiana
ME US:Maine
MD US:Maryland
MA US:Massachusetts
MI US:Michigan
MS US:Mississippi
MO US:Missouri
MT US:Montana
NE US:Nebraska
NV US:Nevada
NH US:New Hampshire
NJ US:New Jersey
NM US:New Mexico
NY US:New York
NC US:North Carolina
ND US:North Dakota
OH US:Ohio
OK US:Oklahoma
OR US:Oregon
PA US:Pennsylvania
RI US:Rhode Island
SC US:South Carolina
SD US:South Dakota
TX US:Texas
UT US:Utah
VT US:Vermont
VA US:Virginia
WA US:Washington
WV US:West Virginia
WI US:Wisconsin
WY US:Wyoming
""".strip().splitlines())
}

# The abbreviations US wire datelines write after a town ("ALEXANDRIA, Va. (AP) —"), read only in that slot.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado", "Conn.": "Connecticut",
    "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
AP_STATE_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z .'-]*[A-Z],[ \t]*(" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
                               + r")(?=[ \t]*(?:\(|[—–-]))")
