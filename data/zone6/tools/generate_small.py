#!/usr/bin/python3
"""Write the two small illustrative datasets data/anderlecht and data/bernay (docs/en/survey-format.md).

Both are shaped after networks the seeds describe (seed 002: the Coordination toxicomanie
Anderlecht; seed 000: the Bernay network around the self-help associations and the Clinique des
Bruyères). The actors follow the seeds; every answer and tie is invented for tests.

Usage:  /usr/bin/python3 data/zone6/tools/generate_small.py   (deterministic, stdlib only)
data/anderlecht is written with commas and LF; data/bernay the way a French spreadsheet exports
it: semicolons, UTF-8 BOM, CRLF.
"""

import os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))


def write(folder, name, header, rows, delimiter=",", bom=False, newline="\n"):
    def field(value):
        value = "" if value is None else str(value)
        if any(ch in value for ch in ',;"\r\n') or value != value.strip():
            return '"' + value.replace('"', '""') + '"'
        return value

    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    with open(os.path.join(ROOT, folder, name), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(delimiter.join(field(v) for v in row) + newline)


# ---------------------------------------------------------------------------------------------
# Anderlecht: GPs around the RAT network, Lama, SCAT, CPAS and a mental-health service meet in a
# local coordination; the local hospital is weakly connected (very-rare ties only).
# ---------------------------------------------------------------------------------------------
A_ACTORS = [
    # id, name, kind, setting, zone, aliases, person
    ("gp_a", "Médecin généraliste A", "gp", "ambulatory", "Anderlecht", "Dr A", "true"),
    ("gp_b", "Médecin généraliste B", "gp", "ambulatory", "Anderlecht", "Dr B", "true"),
    ("gp_c", "Médecin généraliste C", "gp", "ambulatory", "Anderlecht", "Dr C", "true"),
    ("rat", "RAT - Réseau d'aide aux toxicomanes", "addiction-network", "ambulatory", "Anderlecht",
     "RAT;Réseau d'aide aux toxicomanes;antenne RAT Anderlecht", "false"),
    ("lama", "Lama (antenne Anderlecht)", "low-threshold-service", "ambulatory", "Anderlecht",
     "Lama;le Lama;Projet Lama", "false"),
    ("scat", "SCAT - Service d'accompagnement des personnes toxicodépendantes", "municipal-support-service",
     "social", "Anderlecht", "SCAT;service communal d'accompagnement", "false"),
    ("cpas", "CPAS d'Anderlecht", "social-welfare", "social", "Anderlecht", "CPAS;C.P.A.S.", "false"),
    ("ssm", "Service psychosocial d'Anderlecht", "mental-health-service", "ambulatory", "Anderlecht",
     "SSM;service de santé mentale;centre de santé mentale", "false"),
    ("hospital", "Clinique Sainte-Anne Saint-Rémi, service de psychiatrie", "general-hospital", "hospital",
     "Anderlecht", "Sainte-Anne Saint-Rémi;clinique Sainte-Anne;hôpital local", "false"),
    ("associatif", "Secteur associatif (éducateurs, gardiens de parc, stewards)", "associative", "social",
     "Anderlecht", "secteur associatif;éducateurs de rue", "false"),
    ("pharmaciens", "Pharmaciens", "pharmacist", "ambulatory", "Anderlecht", "pharmacie;pharmacien", "false"),
]
A_RESPONDENTS = [
    ("A01", "gp_a", "médecin généraliste", 21, "2011-03-08", 3, 4, 4),
    ("A02", "gp_b", "médecin généraliste", 12, "2011-03-08", 3, 3, 4),
    ("A03", "gp_c", "médecin généraliste", 4, "2011-03-15", 2, 3, 3),
    ("A04", "rat", "assistante sociale (antenne locale)", 9, "2011-03-10", 4, 4, 4),
    ("A05", "rat", "psychologue, superviseur", 15, "2011-03-10", 4, 4, 5),
    ("A06", "lama", "infirmier", 7, "2011-03-17", 4, 4, 4),
    ("A07", "scat", "éducateur", 6, "2011-03-22", 3, 4, 4),
    ("A08", "cpas", "assistant social", 10, "2011-03-24", 2, 3, 3),
    ("A09", "ssm", "psychologue", 13, "2011-03-29", 2, 3, 3),
    ("A10", "hospital", "psychiatre", 18, "2011-04-05", 1, 2, 3),
]
A_ANSWERS = [
    ("A01", "sending", "regularly", "phone;meeting", ""),
    ("A01", "receiving", "regularly", "phone;meeting", ""),
    ("A01", "exchange", "systematically", "phone;meeting", ""),
    ("A02", "sending", "regularly", "phone", ""),
    ("A02", "receiving", "occasionally", "phone", ""),
    ("A02", "exchange", "regularly", "meeting", ""),
    ("A03", "sending", "occasionally", "phone", ""),
    ("A03", "receiving", "very_rarely", "phone", ""),
    ("A03", "exchange", "occasionally", "meeting;informal", ""),
    ("A04", "sending", "regularly", "phone;other", ""),
    ("A04", "receiving", "systematically", "phone;meeting", ""),
    ("A04", "exchange", "systematically", "phone;mail;meeting", ""),
    ("A05", "sending", "occasionally", "phone", ""),
    ("A05", "receiving", "regularly", "phone;meeting", ""),
    ("A05", "exchange", "systematically", "meeting", ""),
    ("A06", "sending", "regularly", "phone;mail", ""),
    ("A06", "receiving", "regularly", "phone", ""),
    ("A06", "exchange", "occasionally", "phone;meeting", ""),
    ("A07", "sending", "systematically", "phone;other", ""),
    ("A07", "receiving", "regularly", "phone;informal", ""),
    ("A07", "exchange", "regularly", "meeting;informal", ""),
    ("A08", "sending", "occasionally", "phone;mail", ""),
    ("A08", "receiving", "occasionally", "mail", ""),
    ("A08", "exchange", "regularly", "meeting", ""),
    ("A09", "sending", "very_rarely", "phone", ""),
    ("A09", "receiving", "occasionally", "phone;mail", ""),
    ("A09", "exchange", "occasionally", "meeting", ""),
    ("A10", "sending", "very_rarely", "phone", ""),
    ("A10", "receiving", "none", "", "Les patients arrivent par les urgences, sans contact préalable avec un service."),
    ("A10", "exchange", "none", "", "Pas de temps pour les réunions de coordination."),
]
A_PARTNERS = [
    ("A01", "sending", "RAT", "", "", ""),
    ("A01", "sending", "service de santé mentale", "", "", ""),
    ("A01", "sending", "Clinique Sainte-Anne", "very_rarely", "phone", ""),
    ("A01", "receiving", "SCAT", "", "", ""),
    ("A01", "receiving", "le Lama", "", "", ""),
    ("A01", "exchange", "RAT", "", "", ""),
    ("A01", "exchange", "CPAS", "", "", ""),
    ("A01", "exchange", "Dr B", "", "", ""),
    ("A02", "sending", "rat", "", "", ""),
    ("A02", "sending", "Lama", "", "", ""),
    ("A02", "receiving", "SCAT", "", "", ""),
    ("A02", "receiving", "C.P.A.S.", "", "", ""),
    ("A02", "exchange", "Réseau d'aide aux toxicomanes", "", "", ""),
    ("A02", "exchange", "Dr A", "", "", ""),
    ("A03", "sending", "RAT", "", "", ""),
    ("A03", "receiving", "scat", "", "", ""),
    ("A03", "exchange", "RAT", "", "", ""),
    ("A03", "exchange", "pharmacie", "very_rarely", "informal", ""),
    ("A04", "sending", "Médecin généraliste A", "", "", ""),
    ("A04", "sending", "Médecin généraliste C", "", "", ""),
    ("A04", "sending", "Lama", "", "", ""),
    ("A04", "receiving", "Dr A", "", "", ""),
    ("A04", "receiving", "Dr B", "", "", ""),
    ("A04", "receiving", "SCAT", "", "", ""),
    ("A04", "exchange", "Dr A", "", "", ""),
    ("A04", "exchange", "Dr B", "", "", ""),
    ("A04", "exchange", "Dr C", "", "", ""),
    ("A04", "exchange", "CPAS", "", "", ""),
    ("A04", "exchange", "SCAT", "", "", ""),
    ("A04", "exchange", "Lama", "", "", ""),
    ("A05", "sending", "centre de santé mentale", "", "", ""),
    ("A05", "receiving", "Dr B", "", "", ""),
    ("A05", "exchange", "Dr A", "", "", ""),
    ("A05", "exchange", "Dr C", "", "", ""),
    ("A06", "sending", "RAT", "", "", ""),
    ("A06", "sending", "Dr B", "", "", ""),
    ("A06", "receiving", "RAT", "", "", ""),
    ("A06", "receiving", "SCAT", "", "", ""),
    ("A06", "exchange", "RAT", "", "", ""),
    ("A07", "sending", "Dr A", "", "", ""),
    ("A07", "sending", "Dr C", "", "", ""),
    ("A07", "sending", "CPAS", "", "", ""),
    ("A07", "sending", "Lama", "", "", ""),
    ("A07", "receiving", "CPAS", "", "", ""),
    ("A07", "receiving", "éducateurs de rue", "", "", ""),
    ("A07", "exchange", "CPAS", "", "", ""),
    ("A07", "exchange", "RAT", "", "", ""),
    ("A08", "sending", "SCAT", "", "", ""),
    ("A08", "receiving", "SCAT", "", "", ""),
    ("A08", "exchange", "RAT", "", "", ""),
    ("A08", "exchange", "SCAT", "", "", ""),
    ("A08", "exchange", "Dr A", "", "", ""),
    ("A09", "sending", "RAT", "", "", ""),
    ("A09", "receiving", "Dr A", "", "", ""),
    ("A09", "receiving", "RAT", "", "", ""),
    ("A09", "exchange", "RAT", "", "", ""),
    ("A10", "sending", "Lama", "", "", ""),
]

# ---------------------------------------------------------------------------------------------
# Bernay: the self-help associations (Alcool Assistance, Vie Libre) and Inser Santé linked with
# pharmacists, doctors, social services, the CCAS, the SPIP, the ambulatory alcohol-care centre,
# the hospital, the gendarmerie, the fire brigade and schools; a written partnership agreement
# (formal=true) with the Clinique des Bruyères near Louviers (two reserved places a month).
# ---------------------------------------------------------------------------------------------
B_ACTORS = [
    ("alcool_assistance", "Alcool Assistance Bernay", "self-help", "social", "Bernay",
     "Alcool Assistance;Alcool Assistance Haute-Normandie", "false"),
    ("vie_libre", "Vie Libre Bernay", "self-help", "social", "Bernay", "Vie Libre", "false"),
    ("inser_sante", "Inser Santé", "addiction-support-association", "social", "Bernay",
     "Inser Santé Réseau Bernay;association Inser Santé", "false"),
    ("csapa", "Centre de cure ambulatoire en alcoologie (CSAPA)", "addiction-service", "ambulatory", "Bernay",
     "CSAPA;CCAA;centre de cure ambulatoire", "false"),
    ("medecins", "Médecins généralistes", "general-practitioners", "ambulatory", "Bernay", "médecins;médecin traitant;généraliste",
     "false"),
    ("pharmaciens", "Pharmaciens", "pharmacist", "ambulatory", "Bernay", "pharmacie;pharmacien", "false"),
    ("services_sociaux", "Services sociaux", "social-service", "social", "Bernay", "assistante sociale", "false"),
    ("ccas", "CCAS de Bernay", "municipal-social-action", "social", "Bernay",
     "CCAS;centre communal d'action sociale", "false"),
    ("spip", "SPIP de l'Eure", "probation", "other", "Bernay",
     "SPIP;service pénitentiaire d'insertion et de probation", "false"),
    ("hopital", "Centre hospitalier de Bernay", "general-hospital", "hospital", "Bernay",
     "hôpital;hôpital de Bernay;CH Bernay", "false"),
    ("gendarmerie", "Gendarmerie", "police", "other", "Bernay", "police;gendarmerie de Bernay", "false"),
    ("pompiers", "Sapeurs-pompiers", "fire-brigade", "other", "Bernay", "pompiers", "false"),
    ("ecoles", "Collèges et lycées", "school", "other", "Bernay", "collèges;lycées;écoles", "false"),
    ("bruyeres", "Clinique des Bruyères", "post-cure", "hospital", "Louviers",
     "les Bruyères;clinique des Bruyeres", "false"),
]
B_RESPONDENTS = [
    ("B01", "alcool_assistance", "président, bénévole", 25, "2012-05-14", 4, 4, 4),
    ("B02", "alcool_assistance", "bénévole", 6, "2012-05-14", 3, 3, 4),
    ("B03", "vie_libre", "responsable de section, bénévole", 18, "2012-05-21", 3, 4, 4),
    ("B04", "inser_sante", "éducateur spécialisé", 9, "2012-05-29", 4, 4, 4),
    ("B05", "csapa", "infirmière en alcoologie", 12, "2012-06-04", 4, 4, 5),
    ("B06", "ccas", "assistante sociale", 8, "2012-06-11", 1, 2, 3),
    ("B07", "hopital", "assistante sociale", 15, "2012-06-18", 2, 3, 3),
    ("B08", "bruyeres", "cadre de santé", 20, "2012-06-25", 4, 4, 4),
]
B_ANSWERS = [
    ("B01", "sending", "regularly", "phone;other", ""),
    ("B01", "receiving", "regularly", "phone;meeting", ""),
    ("B01", "exchange", "occasionally", "meeting;other", ""),
    ("B02", "sending", "occasionally", "phone", ""),
    ("B02", "receiving", "occasionally", "informal", ""),
    ("B02", "exchange", "very_rarely", "other", ""),
    ("B03", "sending", "regularly", "phone", ""),
    ("B03", "receiving", "occasionally", "phone;meeting", ""),
    ("B03", "exchange", "occasionally", "meeting", ""),
    ("B04", "sending", "systematically", "phone;mail;other", ""),
    ("B04", "receiving", "regularly", "phone;mail", ""),
    ("B04", "exchange", "regularly", "phone;meeting", ""),
    ("B05", "sending", "regularly", "phone;mail", ""),
    ("B05", "receiving", "systematically", "phone;mail", ""),
    ("B05", "exchange", "regularly", "phone;meeting", ""),
    ("B06", "sending", "occasionally", "phone", ""),
    ("B06", "receiving", "very_rarely", "phone", ""),
    ("B06", "exchange", "none", "", "Le secret professionnel limite ce que nous pouvons partager ; nous avons les plaquettes à l'accueil."),
    ("B07", "sending", "occasionally", "phone;mail", ""),
    ("B07", "receiving", "regularly", "phone", ""),
    ("B07", "exchange", "very_rarely", "phone", ""),
    ("B08", "sending", "occasionally", "mail", ""),
    ("B08", "receiving", "systematically", "phone;mail;other", ""),
    ("B08", "exchange", "regularly", "phone;meeting", ""),
]
B_PARTNERS = [
    ("B01", "sending", "Clinique des Bruyères", "", "", "true"),
    ("B01", "sending", "CSAPA", "", "", ""),
    ("B01", "sending", "médecins", "", "", ""),
    ("B01", "receiving", "hôpital de Bernay", "", "", ""),
    ("B01", "receiving", "SPIP", "", "", ""),
    ("B01", "receiving", "médecin traitant", "", "", ""),
    ("B01", "exchange", "pharmacie", "very_rarely", "other", ""),
    ("B01", "exchange", "Médecins généralistes", "", "", ""),
    ("B01", "exchange", "Services sociaux", "", "", ""),
    ("B01", "exchange", "CCAS", "", "", ""),
    ("B01", "exchange", "SPIP", "", "", ""),
    ("B01", "exchange", "CSAPA", "", "", ""),
    ("B01", "exchange", "Hôpital", "", "", ""),
    ("B01", "exchange", "gendarmerie", "very_rarely", "other", ""),
    ("B01", "exchange", "pompiers", "very_rarely", "other", ""),
    ("B01", "exchange", "collèges", "very_rarely", "other", ""),
    ("B02", "sending", "Vie Libre", "", "", ""),
    ("B02", "sending", "CCAA", "", "", ""),
    ("B02", "receiving", "les Bruyères", "", "", ""),
    ("B02", "exchange", "pharmacien", "", "", ""),
    ("B03", "sending", "clinique des Bruyeres", "", "", "true"),
    ("B03", "sending", "CSAPA", "", "", ""),
    ("B03", "receiving", "centre de cure ambulatoire", "", "", ""),
    ("B03", "receiving", "hôpital", "", "", ""),
    ("B03", "exchange", "Clinique des Bruyères", "", "", "true"),
    ("B03", "exchange", "Alcool Assistance", "", "", ""),
    ("B04", "sending", "Clinique des Bruyères", "systematically", "phone;mail", "true"),
    ("B04", "sending", "CSAPA", "", "", ""),
    ("B04", "sending", "CCAS", "", "", ""),
    ("B04", "receiving", "SPIP", "", "", ""),
    ("B04", "receiving", "assistante sociale", "", "", ""),
    ("B04", "receiving", "ccas", "", "", ""),
    ("B04", "exchange", "Clinique des Bruyères", "", "", "true"),
    ("B04", "exchange", "CSAPA", "", "", ""),
    ("B04", "exchange", "SPIP", "", "", ""),
    ("B05", "sending", "Clinique des Bruyères", "", "", ""),
    ("B05", "sending", "Alcool Assistance", "", "", ""),
    ("B05", "sending", "Vie Libre", "", "", ""),
    ("B05", "sending", "Inser Santé", "", "", ""),
    ("B05", "receiving", "médecins", "", "", ""),
    ("B05", "receiving", "hôpital", "", "", ""),
    ("B05", "receiving", "SPIP", "", "", ""),
    ("B05", "exchange", "médecin traitant", "", "", ""),
    ("B05", "exchange", "Hôpital", "", "", ""),
    ("B05", "exchange", "Inser Sante", "", "", ""),
    ("B06", "sending", "CSAPA", "", "", ""),
    ("B06", "sending", "Inser Santé", "", "", ""),
    ("B06", "receiving", "services sociaux", "", "", ""),
    ("B07", "sending", "CSAPA", "", "", ""),
    ("B07", "sending", "Clinique des Bruyères", "", "", ""),
    ("B07", "sending", "Alcool Assistance", "", "", ""),
    ("B07", "receiving", "pompiers", "very_rarely", "phone", ""),
    ("B07", "receiving", "gendarmerie", "", "", ""),
    ("B07", "receiving", "médecins", "", "", ""),
    ("B07", "exchange", "CSAPA", "", "", ""),
    ("B08", "sending", "Alcool Assistance", "", "", ""),
    ("B08", "sending", "Vie Libre", "", "", ""),
    ("B08", "sending", "CSAPA", "", "", ""),
    ("B08", "receiving", "Alcool Assistance", "", "", "true"),
    ("B08", "receiving", "Vie Libre", "", "", "true"),
    ("B08", "receiving", "Inser Santé", "", "", "true"),
    ("B08", "receiving", "hôpital de Bernay", "", "", ""),
    ("B08", "exchange", "Vie Libre", "", "", "true"),
    ("B08", "exchange", "Alcool Assistance", "", "", "true"),
]

ACTOR_HEADER = ["id", "name", "kind", "setting", "zone", "aliases", "person"]
RESPONDENT_HEADER = ["respondent", "actor", "function", "years", "date", "role_has", "role_wants", "role_should"]
ANSWER_HEADER = ["respondent", "type", "frequency", "channels", "reason"]
PARTNER_HEADER = ["respondent", "type", "partner", "frequency", "channels", "formal"]


def main():
    for folder, actors, respondents, answers, partners, style in (
        ("data/anderlecht", A_ACTORS, A_RESPONDENTS, A_ANSWERS, A_PARTNERS, {}),
        ("data/bernay", B_ACTORS, B_RESPONDENTS, B_ANSWERS, B_PARTNERS,
         {"delimiter": ";", "bom": True, "newline": "\r\n"}),
    ):
        ids = {a[0] for a in actors}
        assert all(r[1] in ids for r in respondents)
        write(folder, "actors.csv", ACTOR_HEADER, [list(a) for a in actors], **style)
        write(folder, "respondents.csv", RESPONDENT_HEADER, [list(r) for r in respondents], **style)
        write(folder, "answers.csv", ANSWER_HEADER, [list(a) for a in answers], **style)
        write(folder, "partners.csv", PARTNER_HEADER, [list(p) for p in partners], **style)
        print(f"{folder}: {len(actors)} actors, {len(respondents)} respondents, {len(partners)} partner rows")


if __name__ == "__main__":
    main()
