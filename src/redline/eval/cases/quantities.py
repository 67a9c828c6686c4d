# ruff: noqa: E501
"""Quantity mentions and their answers.

(sentence, mention, value, value_max, unit, qualifier, claimant). ``claimant`` is a
substring the found claimant must contain (None: no claimant expected); ``value`` None
means the figure must be rejected as implausible.
"""

from __future__ import annotations

Q = tuple[str, str, float | None, float | None, str, str | None, str | None]

QUANTITY_CASES: list[Q] = [
    # troops and forces
    ("Russia could deploy as many as 175,000 troops, according to U.S. intelligence assessments.", "175,000 troops", 175000, None, "troops", "as many as", "U.S. intelligence assessments"),
    ("U.S. military estimates put the number at 100,000 personnel.", "100,000 personnel", 100000, None, "personnel", None, "U.S. military estimates"),
    ("Moscow has massed more than 90,000 troops near the border.", "90,000 troops", 90000, None, "troops", "more than", None),
    ("About 3,000 U.S. soldiers will be sent to Poland, the Pentagon said.", "3,000 U.S. soldiers", 3000, None, "soldiers", "about", "the Pentagon"),
    ("Britain will send 350 more troops to Poland.", "350 more troops", 350, None, "troops", None, None),
    ("Some 30,000 Russian troops are in Belarus for exercises.", "30,000 Russian troops", 30000, None, "troops", "about", None),
    ("The alliance has 4,000 troops in the Baltics.", "4,000 troops", 4000, None, "troops", None, None),
    ("Between 10,000 and 15,000 troops were withdrawn, officials said.", "10,000 and 15,000 troops", 10000, 15000, "troops", "range", "officials"),
    ("Up to 8,500 troops were put on alert.", "8,500 troops", 8500, None, "troops", "up to", None),
    ("Tens of thousands of troops remain near the border.", "Tens of thousands of troops", 20000, 99999, "troops", "vague", None),
    ("Nearly 1,000 servicemen took part in the drills.", "1,000 servicemen", 1000, None, "troops", "nearly", None),
    ("Three soldiers were wounded in the attack.", "Three soldiers", 3, None, "injured", None, None),
    ("At least 1.5 million soldiers are on active duty.", "1.5 million soldiers", 1500000, None, "soldiers", "at least", None),
    ("The deployment of 2,000 additional paratroopers was announced.", "2,000 additional paratroopers", 2000, None, "troops", None, None),
    ("Russia has deployed 100 battalion tactical groups, the Pentagon said.", "100 battalion tactical groups", 100, None, "battalions", None, "the Pentagon"),
    # dead, injured, missing
    ("At least 12 people were killed in the blast, police said.", "12 people were killed", 12, None, "killed", "at least", "police"),
    ("The shelling killed at least 40 civilians.", "40 civilians", 40, None, "killed", "at least", None),
    ("Twenty-five people died when the building collapsed.", "Twenty-five people died", 25, None, "killed", None, None),
    ("The death toll rose to 57 on Sunday.", "57", 57, None, "killed", None, None),
    ("More than 200 people were injured, the health ministry said.", "200 people were injured", 200, None, "injured", "more than", "the health ministry"),
    ("The strike left 14 dead and dozens wounded.", "14 dead", 14, None, "killed", None, None),
    ("Dozens were wounded in the clashes.", "Dozens were wounded", 24, 99, "injured", "vague", None),
    ("Five soldiers are missing after the attack.", "Five soldiers are missing", 5, None, "missing", None, None),
    ("Hundreds of civilians were killed in the siege, according to the UN.", "Hundreds of civilians were killed", 200, 999, "killed", "vague", "the UN"),
    ("The bombing killed 9 people and wounded 30.", "9 people", 9, None, "killed", None, None),
    ("Fighting has killed more than 14,000 people since 2014.", "14,000 people", 14000, None, "killed", "more than", None),
    ("There were 300 casualties among the marines.", "300 casualties", 300, None, "casualties", None, None),
    ("The blast killed two police officers and wounded three.", "two police officers", 2, None, "killed", None, None),
    ("Two journalists were killed near Kyiv.", "Two journalists were killed", 2, None, "killed", None, None),
    ("Four people remain missing, rescuers said.", "Four people remain missing", 4, None, "missing", None, "rescuers"),
    # refugees, displaced, arrested
    ("More than 2 million refugees have fled Ukraine, the UN refugee agency said.", "2 million refugees", 2000000, None, "refugees", "more than", "the UN refugee agency"),
    ("About 1.5 million people were displaced by the fighting.", "1.5 million people were displaced", 1500000, None, "displaced", "about", None),
    ("Police arrested more than 200 protesters in Moscow.", "200 protesters", 200, None, "arrested", "more than", None),
    ("Authorities detained 1,300 people at anti-war rallies.", "1,300 people", 1300, None, "arrested", None, None),
    ("Some 5,000 people were arrested, according to OVD-Info.", "5,000 people were arrested", 5000, None, "arrested", "about", "OVD-Info"),
    ("Thousands of refugees crossed into Poland.", "Thousands of refugees", 2000, 9999, "refugees", "vague", None),
    ("The camp holds 40,000 internally displaced people.", "40,000 internally displaced people", 40000, None, "displaced", None, None),
    ("Hundreds of thousands of people were displaced.", "Hundreds of thousands of people were displaced", 200000, 999999, "displaced", "vague", None),
    ("An estimated 12,000 migrants gathered at the border.", "12,000 migrants", 12000, None, "migrants", "about", None),
    ("Russia holds 700 prisoners of war, Kyiv said.", "700 prisoners of war", 700, None, "prisoners", None, "Kyiv"),
    # equipment
    ("The convoy included 1,200 tanks and armored vehicles.", "1,200 tanks", 1200, None, "tanks", None, None),
    ("Ukraine received 40 aircraft from its allies.", "40 aircraft", 40, None, "aircraft", None, None),
    ("Russia fired 80 missiles at cities overnight.", "80 missiles", 80, None, "missiles", None, None),
    ("Iran supplied hundreds of drones to Russia.", "hundreds of drones", 200, 999, "drones", "vague", None),
    ("Five missiles and twenty-five drones struck the capital.", "twenty-five drones", 25, None, "drones", None, None),
    ("The fleet sent six warships to the Mediterranean.", "six warships", 6, None, "ships", None, None),
    ("Satellite images showed 50 fighter jets at the base.", "50 fighter jets", 50, None, "aircraft", None, None),
    ("The U.S. will send 31 Abrams tanks.", "31 Abrams tanks", 31, None, "tanks", None, None),
    ("A dozen helicopters were seen near the border.", "A dozen helicopters", 12, None, "aircraft", None, None),
    ("The brigade lost 18 armored vehicles.", "18 armored vehicles", 18, None, "vehicles", None, None),
    # money
    ("The U.S. approved $1.5 billion in aid.", "$1.5 billion", 1.5e9, None, "USD", None, None),
    ("The EU pledged €300 million in humanitarian aid.", "€300 million", 3e8, None, "EUR", None, None),
    ("Russia spent 2 billion rubles on the exercises.", "2 billion rubles", 2e9, None, "RUB", None, None),
    ("The package is worth more than $40 billion, officials said.", "$40 billion", 4e10, None, "USD", "more than", "officials"),
    ("Britain gave £2.3bn in military aid.", "£2.3bn", 2.3e9, None, "GBP", None, None),
    ("Sanctions froze about $300bn of central bank reserves.", "$300bn", 3e11, None, "USD", "about", None),
    ("Japan offered 100 million dollars to the fund.", "100 million dollars", 1e8, None, "USD", None, None),
    ("The contract is worth 5 billion yuan.", "5 billion yuan", 5e9, None, "CNY", None, None),
    ("The loan totals $600 million, the World Bank said.", "$600 million", 6e8, None, "USD", None, "the World Bank"),
    ("Kyiv received up to $10 billion in loans.", "$10 billion", 1e10, None, "USD", "up to", None),
    # implausible counts are rejected, not reported
    ("A blog claimed 10^13 troops were mobilised.", "10^13 troops", None, None, "troops", None, "A blog"),
    ("The post claimed 50000000000000 soldiers died.", "50000000000000 soldiers", None, None, "killed", None, "The post"),
]  # fmt: skip
