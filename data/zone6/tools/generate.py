#!/usr/bin/python3
"""Generate the care-zone-6 sample dataset (docs/en/survey-format.md) and its expected figures.

Source: RASSAEF, survey report on inter-professional contacts in addiction care, care zone 6
(Verviers area), interviews February-August 2015 (seed 001).

The actors are the services of the report's Table 1 plus the kinds of partners the report
names. The answers and ties are an ILLUSTRATIVE RECONSTRUCTION: they are synthesised so that
the aggregate figures of report.json (docs/en/outputs.md) reproduce the report's published percentages
(Graphs 2-13) as closely as integer counts over 44 respondents allow. They are not the real
survey answers.

Usage:  /usr/bin/python3 data/zone6/tools/generate.py
Writes actors.csv, respondents.csv, answers.csv, partners.csv and expected.json next to this
folder, byte for byte the same on every run (Python 3 standard library only, own PRNG), and
prints the reproduced figures next to the published ones.
"""

import itertools
import json
import os
import sys
import unicodedata

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
N_RESPONDENTS = 44
TYPES = ("sending", "receiving", "exchange")
FREQS = ("none", "very_rarely", "occasionally", "regularly", "systematically")
CHANNELS = ("phone", "mail", "meeting", "informal", "other")
HOME_ZONE = "6"

# ---------------------------------------------------------------------------------------------
# Published targets (seed 001, section 2.b). Percentages over the respondents (frequency) or
# over the respondents with at least some contact of that type (channels, channel counts).
# Each entry: figure name -> (published percent, report wording).
# ---------------------------------------------------------------------------------------------
PUBLISHED = {
    # Graph 2: frequency of sending contacts.
    "sending.frequency": {
        "groups": [("none",), ("very_rarely",), ("occasionally",), ("regularly", "systematically")],
        "percent": [13, 13, 25, 47],
        "wording": ["13% n'utilisent aucun contact d'envoi", "13% ... très rarement",
                    "un quart ... occasionnellement", "47% ... pratique professionnelle courante"],
    },
    # Graph 6: frequency of receiving contacts.
    "receiving.frequency": {
        "groups": [("none", "very_rarely"), ("occasionally",), ("regularly", "systematically")],
        "percent": [24, 20, 56],
        "wording": ["24% n'ont pas ou très rarement", "un cinquième ... occasionnelle",
                    "56% ... régulière voire systématique"],
    },
    # Graph 10: frequency of information exchange (published shares add up to 104%).
    "exchange.frequency": {
        "groups": [("none", "very_rarely"), ("occasionally",), ("regularly", "systematically")],
        "percent": [34, 33, 37],
        "wording": ["34% ... pas ou très rarement", "un tiers ... occasionnellement",
                    "37% ... pratique répandue"],
    },
    # Graph 3: channels of sending contacts.
    "sending.channels.phone": {"percent": 90, "wording": "dans 90% des cas ... téléphonique"},
    "sending.channel_count": {
        "keys": ["1", "2", "3", "4", "5"],
        "percent": [54, 26, 18, 0, 2],
        "wording": ["54% un seul moyen", "26% deux moyens", "18% trois stratégies", "(non cité)",
                    "2% tous les moyens"],
    },
    # Graph 7: channels of receiving contacts.
    "receiving.channel_count": {
        "keys": ["1", "2", "3", "4", "5"],
        "percent": [26, 46, 28, 0, 0],
        "wording": ["26% un seul moyen (le téléphone)", "46% deux moyens", "28% les trois moyens",
                    "(non cité)", "(non cité)"],
    },
    "receiving.channels.phone": {"percent": 100, "wording": "le téléphone est toujours cité"},
    "receiving.channels.mail": {"percent": 0, "wording": "les emails ... ne sont pas repris"},
    "receiving.channels.informal": {"percent": 0, "wording": "les rencontres informelles ... ne sont pas reprises"},
}

# Published rank statements for the top-10 partner graphs (Graphs 4, 5, 8, 9, 12, 13 and the
# conclusions). rank -> actor id; the other ranks are the reconstruction's own.
PUBLISHED_RANKS = {
    ("sending", "in_zone"): {1: "mg"},            # "le médecin généraliste est l'acteur le plus souvent référencé"
    ("sending", "out_of_zone"): {1: "isosl", 2: "citadelle"},
    ("receiving", "in_zone"): {1: "psy_indep", 2: "mg"},
    ("receiving", "out_of_zone"): {1: "isosl"},
    ("exchange", "in_zone"): {1: "relais_sante", 2: "psy_indep", 3: "mg"},
}
# Conclusions: across sending and receiving the three main partners are 1) GPs, 2) the CPFA
# psychiatric clinic, 3) psychiatrists/psychologists (mentions summed over the two types).
PUBLISHED_COMBINED = ["mg", "cpfa", "psy_indep"]

# ---------------------------------------------------------------------------------------------
# Actors. Table 1 services (zone 6): id, name as in the report, kind, setting, municipality,
# access, aliases, respondents (function of each interview; two professionals interviewed
# together count as one respondent).
# ---------------------------------------------------------------------------------------------
TABLE1 = [
    ("cpfa", "CPFA Clinique Psychiatrique des Frères Alexiens", "psychiatric-hospital", "hospital",
     "Welkenraedt (Henri-Chapelle)", "admission sur indication médicale",
     ["CPFA", "Frères Alexiens", "Clinique des Frères Alexiens", "Clinique psychiatrique des Frères Alexiens", "Alexiens"],
     ["psychiatre", "infirmiers en chef (2)"]),
    ("chsa", "CHSA l'Accueil Lierneux", "psychiatric-hospital", "hospital", "Lierneux",
     "admission sur indication médicale",
     ["CHSA", "Centre Hospitalier Spécialisé l'Accueil", "CHS l'Accueil"], ["psychiatre"]),
    ("chr_verviers", "CHR Verviers Centre Hospitalier Régional site La Tourelle", "general-hospital", "hospital",
     "Verviers", "urgences 24h/24",
     ["CHR", "CHR Verviers", "La Tourelle", "CHR La Tourelle", "hôpital de Verviers"],
     ["psychologue", "assistant social"]),
    ("chc_heusy", "CHC Heusy", "general-hospital", "hospital", "Verviers (Heusy)", "urgences 24h/24",
     ["CHC", "Heusy", "clinique de Heusy"], ["psychologue"]),
    ("cra", "CRA la Clinique Reine Astrid", "general-hospital", "hospital", "Malmedy", "urgences 24h/24",
     ["CRA", "Clinique Reine Astrid", "Reine Astrid"], ["assistants sociaux (2)", "assistant social"]),
    ("cpfa_tournesols", "CPFA Hôpital de jour Les Tournesols", "day-hospital", "hospital", "Verviers",
     "sur indication médicale", ["Les Tournesols", "Tournesols", "hôpital de jour Les Tournesols"], ["infirmier en chef"]),
    ("chsa_meuris", "CHSA Hôpital de jour Maison Meuris", "day-hospital", "hospital", "",
     "sur indication médicale", ["Maison Meuris"], ["psychiatre"]),
    ("avat", "SSM Verviers AVAT, Consultation", "addiction-service", "ambulatory", "Verviers",
     "sur rendez-vous",
     ["AVAT", "A.V.A.T.", "AVAT consultation", "Aide Verviétoise aux Alcooliques et Toxicomanes"], ["psychologue"]),
    ("avat_prevention", "SSM Verviers AVAT prévention", "prevention-service", "social", "Verviers", "",
     ["AVAT prévention"], ["criminologue"]),
    ("guidance_verviers", "Centre de guidance de Verviers", "mental-health-service", "ambulatory", "Verviers",
     "sur rendez-vous", ["Centre de guidance", "SSM Centre de guidance", "guidance de Verviers"],
     ["assistants sociaux (2)"]),
    ("ssm_cfe", "SSM Centre Familial d'Education", "mental-health-service", "ambulatory", "Verviers",
     "sur rendez-vous", ["Centre Familial d'Education", "CFE", "SSM CFE"], ["psychologue et assistant social"]),
    ("mm_famille_heureuse", "Maison médicale La Famille Heureuse", "medical-house", "ambulatory", "Verviers",
     "patients inscrits", ["La Famille Heureuse", "Famille Heureuse"], ["coordinateur"]),
    ("mm_mosaique", "Maison médicale Mosaïque", "medical-house", "ambulatory", "Verviers",
     "patients inscrits", ["Mosaïque", "MM Mosaïque"], ["médecin"]),
    ("ssm_centre_jour", "Centre de jour SSM Verviers", "psychosocial-day-centre", "ambulatory", "Verviers", "",
     ["Centre de jour", "centre de jour du SSM"], ["assistant social"]),
    ("club_therapeutique", "Club Thérapeutique", "psychosocial-day-centre", "ambulatory", "Verviers", "",
     ["le Club", "club thérapeutique de Verviers"], ["psychologue"]),
    ("cpfa_em2", "CPFA Equipes mobiles 2a et 2b", "mobile-team", "ambulatory", "", "",
     ["équipes mobiles 2a et 2b", "équipe mobile 2a", "équipe mobile 2b"], ["coordinateur"]),
    ("cpfa_emf3", "CPFA Equipe mobile F3", "mobile-team", "ambulatory", "", "",
     ["équipe mobile F3", "F3"], ["psychologue"]),
    ("ihp_hall", "IHP Le Hall + SPAD La Trame", "sheltered-housing", "social", "", "",
     ["Le Hall", "IHP Le Hall", "SPAD La Trame", "La Trame"], ["coordinateur"]),
    ("ihp_fagnes", "IHP Fagnes-Ardenne", "sheltered-housing", "social", "", "",
     ["Fagnes-Ardenne", "IHP Fagnes Ardenne"], ["assistants sociaux (2)"]),
    ("cpfa_msp", "CPFA MSP Les Eglantines", "psychiatric-nursing-home", "hospital", "", "",
     ["MSP Les Eglantines", "Les Eglantines"], ["infirmier en chef"]),
    ("hautes_fagnes", "Centre de Cure et de Postcure Les Hautes Fagnes", "post-cure", "hospital", "Malmedy",
     "après sevrage, sur entretien de préadmission",
     ["Les Hautes Fagnes", "Hautes Fagnes", "postcure des Hautes Fagnes", "centre de cure Les Hautes Fagnes"],
     ["directeur"]),
    ("vie_libre", "Vie Libre", "self-help", "social", "Verviers", "accès libre",
     ["Vie Libre Verviers", "groupe Vie Libre"], ["bénévoles (2)"]),
    ("inforcouple", "Inforcouple", "family-planning", "social", "Verviers", "",
     ["centre de planning Inforcouple"], ["psychologue"]),
    ("pact", "PACT", "social-service", "social", "Verviers", "",
     ["Prévention et Accompagnement des Comportements Toxicomanes"], ["psychologue"]),
    ("dus", "DUS", "social-service", "social", "Verviers", "accès libre",
     ["Dispositif d'Urgence Sociale", "urgence sociale"], ["chef de service et assistant social"]),
    ("rsu", "RSU", "social-service", "social", "Verviers", "",
     ["Relais Social Urbain", "Relais social urbain de Verviers", "relais social"], ["psychologue"]),
    ("maison_accueil", "Maison L'Accueil", "shelter", "social", "Verviers", "", [], ["psychologue"]),
    ("maison_marie_louise", "Maison Marie-Louise", "shelter", "social", "Verviers", "",
     ["Marie-Louise"], ["coordinateur"]),
    ("prevention_verviers", "Service de Prévention de Verviers", "prevention-service", "social", "Verviers", "",
     ["Service de prévention", "prévention Verviers"], ["coordinateur", "intervenant social"]),
    ("pcs_verviers", "Plan de cohésion Sociale Verviers", "social-cohesion-plan", "social", "Verviers", "",
     ["PCS Verviers"], ["chef de projet"]),
    ("pcs_malmedy", "Plan de cohésion Sociale Malmédy", "social-cohesion-plan", "social", "Malmedy", "",
     ["PCS Malmedy"], ["chef de projet et éducateur de rue"]),
    ("pcs_plombieres", "Plan de cohésion Sociale de Plombières", "social-cohesion-plan", "social", "Plombières", "",
     ["PCS Plombières"], ["chef de projet"]),
    ("amo_cap_sud", "AMO Cap Sud", "youth-aid", "social", "", "", ["Cap Sud"], ["assistant social"]),
    ("amo_latitude_j", "AMO - Latitude J", "youth-aid", "social", "", "", ["Latitude J", "AMO Latitude J"],
     ["directeur"]),
    ("glem_montzen", "GLEM de Montzen", "gp-group", "ambulatory", "Plombières (Montzen)", "", ["GLEM Montzen"],
     ["médecin responsable"]),
    ("glem_herve", "GLEM de Herve-Battice", "gp-group", "ambulatory", "Herve", "", ["GLEM Herve"],
     ["médecin responsable"]),
    ("glem_malmedy", "GLEM de Malmedy", "gp-group", "ambulatory", "Malmedy", "", ["GLEM Malmedy"],
     ["médecin responsable"]),
    ("glem_verviers", "GLEM de Verviers", "gp-group", "ambulatory", "Verviers", "", ["GLEM Verviers"],
     ["médecin responsable", "médecin responsable"]),
    ("glem_sart_jalhay", "GLEM de Sart-Jalhay", "gp-group", "ambulatory", "Jalhay", "", ["GLEM Sart-Jalhay"],
     ["médecin responsable"]),
]

# The heading each Table 1 service is listed under in the report (the directory's "category" column).
CATEGORY = {
    "cpfa": "Hôpitaux psychiatriques", "chsa": "Hôpitaux psychiatriques",
    "chr_verviers": "Hôpitaux généraux", "chc_heusy": "Hôpitaux généraux", "cra": "Hôpitaux généraux",
    "cpfa_tournesols": "Services hospitaliers de jour", "chsa_meuris": "Services hospitaliers de jour",
    "cpfa_msp": "Maisons de soins psychiatriques",
    "avat": "Services de santé mentale avec mission assuétudes", "avat_prevention": "Services de santé mentale avec mission assuétudes",
    "guidance_verviers": "Autres services de santé mentale", "ssm_cfe": "Autres services de santé mentale",
    "mm_famille_heureuse": "Maisons médicales", "mm_mosaique": "Maisons médicales",
    "ssm_centre_jour": "Services psycho-socio-thérapeutiques", "club_therapeutique": "Services psycho-socio-thérapeutiques",
    "cpfa_em2": "Équipes mobiles", "cpfa_emf3": "Équipes mobiles",
    "ihp_hall": "Initiatives d'habitation protégée", "ihp_fagnes": "Initiatives d'habitation protégée",
    "hautes_fagnes": "Conventions INAMI", "vie_libre": "Self-help", "inforcouple": "Centres de planning familial",
    **{a: "Services sociaux" for a in ["pact", "dus", "rsu", "maison_accueil", "maison_marie_louise", "prevention_verviers",
                                       "pcs_verviers", "pcs_malmedy", "pcs_plombieres", "amo_cap_sud", "amo_latitude_j"]},
    **{a: "Associations de médecins généralistes" for a in ["glem_montzen", "glem_herve", "glem_malmedy", "glem_verviers", "glem_sart_jalhay"]},
}

# Kinds of actors and institutions the report names as partners (not interviewed).
# id, name, kind, setting, zone, municipality, aliases
PARTNERS = [
    ("mg", "Médecin généraliste", "general-practitioners", "ambulatory", "6", "",
     ["médecins généralistes", "généraliste", "le généraliste", "les généralistes", "médecin traitant",
      "le médecin traitant", "MG"]),
    ("psy_indep", "Psychiatre ou psychologue indépendant", "independent-psy", "ambulatory", "6", "",
     ["psychiatre", "psychologue", "psychiatres et psychologues", "psychiatre ou psychologue",
      "psy indépendant", "psychiatre privé", "psychologue indépendant", "consultation privée"]),
    ("relais_sante", "Relais Santé", "health-outreach", "social", "6", "Verviers",
     ["Relais Santé Verviers", "relais santé du RSU"]),
    ("cpas", "CPAS", "social-welfare", "social", "6", "",
     ["C.P.A.S.", "CPAS de Verviers", "Centre Public d'Action Sociale", "les CPAS"]),
    ("judiciaire", "Secteur judiciaire", "judicial", "other", "6", "",
     ["justice", "maison de justice", "maisons de justice", "prison", "police", "avocats"]),
    ("associatif", "Secteur associatif", "associative", "social", "6", "",
     ["associations", "colis alimentaires", "Téléservice", "régies de quartier"]),
    ("scolaire", "Secteur scolaire", "school", "other", "6", "",
     ["écoles", "école", "PMS", "centre PMS", "IFAPME"]),
    ("accro_contact", "Accro-Contact", "prevention-network", "social", "6", "Verviers",
     ["Accro Contact", "RéZéa"]),
    ("cvps", "CVPS", "health-promotion", "social", "6", "Verviers",
     ["Centre Verviétois de Promotion de la Santé"]),
    ("soins_domicile", "Soins à domicile", "home-care", "ambulatory", "6", "",
     ["soins infirmiers à domicile", "infirmière à domicile", "aides familiales"]),
    ("pharmaciens", "Pharmaciens", "pharmacist", "ambulatory", "6", "",
     ["pharmacien", "pharmacie", "pharmacies"]),
    ("isosl", "Cliniques ISoSL", "psychiatric-hospital", "hospital", "5", "Liège",
     ["ISoSL", "clinique ISoSL", "ISoSL Liège"]),
    ("citadelle", "Urgences de la Citadelle", "emergency-department", "hospital", "5", "Liège",
     ["Citadelle", "la Citadelle", "CHR de la Citadelle", "urgences Citadelle"]),
    ("alfa", "Centre Alfa", "addiction-service", "ambulatory", "5", "Liège", ["Alfa", "SSM Alfa"]),
    ("chu_liege", "CHU de Liège", "general-hospital", "hospital", "5", "Liège", ["CHU", "CHU Sart Tilman"]),
    ("titeca", "Centre Hospitalier Jean Titeca", "psychiatric-hospital", "hospital", "Bruxelles", "Bruxelles",
     ["Titeca"]),
]

# Partner spellings as written by respondents (first one used first, then cycled). They
# exercise the case-, accent- and space-insensitive matching.
SPELLINGS = {
    "mg": ["Médecin généraliste", "le généraliste", "médecin traitant", "MG", "Le Généraliste",
           "medecin generaliste", "médecins généralistes"],
    "psy_indep": ["psychiatre ou psychologue indépendant", "Psychiatre", "psychologue", "psy indépendant",
                  "PSYCHIATRE PRIVÉ"],
    "cpfa": ["CPFA", "CPFA ", "Frères Alexiens", "cpfa", "Clinique des Frères Alexiens", "freres alexiens"],
    "avat": ["AVAT", "A.V.A.T.", "Avat", "Aide Verviétoise aux Alcooliques et Toxicomanes"],
    "relais_sante": ["Relais Santé", "Relais santé", "relais sante", " Relais Santé"],
    "judiciaire": ["Secteur judiciaire", "maison de justice", "Justice", "police", "prison", "avocats"],
    "cpas": ["CPAS", "C.P.A.S.", "cpas de Verviers"],
    "isosl": ["ISoSL", "Cliniques ISoSL", "isosl", "clinique ISoSL"],
    "citadelle": ["Citadelle", "urgences de la Citadelle", "la Citadelle"],
    "hautes_fagnes": ["Hautes Fagnes", "postcure des Hautes Fagnes"],
    "chr_verviers": ["CHR", "CHR Verviers", "la Tourelle"],
    "associatif": ["Secteur associatif", "colis alimentaires", "associations"],
}

# Names that match no actor (docs/en/survey-format.md: they become actors with kind unknown, listed as unresolved).
UNRESOLVED = {
    "Infor-Drogues": ["Infor-Drogues", "INFOR-DROGUES "],
    "SAJ de Verviers": ["SAJ de Verviers"],
    "Télé-Accueil": ["Télé-Accueil", "tele-accueil"],
}

# Mentions (distinct respondents) per contact type and partner. The top of each list follows
# PUBLISHED_RANKS; ranks 11+ stay strictly below rank 10 so the published top 10 is stable.
MENTIONS = {
    "sending": [
        ("mg", 17), ("avat", 15), ("cpfa", 14), ("psy_indep", 9), ("chr_verviers", 8), ("guidance_verviers", 7),
        ("hautes_fagnes", 6), ("cpas", 5), ("chsa", 4), ("ssm_cfe", 3),
        ("relais_sante", 2), ("judiciaire", 2), ("vie_libre", 2), ("maison_accueil", 1), ("pharmaciens", 1),
        ("cpfa_em2", 1), ("pact", 1),
        ("isosl", 8), ("citadelle", 5), ("alfa", 3), ("chu_liege", 2), ("Infor-Drogues", 2), ("titeca", 1),
    ],
    "receiving": [
        ("psy_indep", 14), ("mg", 12), ("judiciaire", 11), ("cpfa", 10), ("cpas", 7), ("rsu", 6), ("dus", 5),
        ("avat", 4), ("prevention_verviers", 3), ("maison_accueil", 2),
        ("chr_verviers", 1), ("associatif", 1), ("scolaire", 1), ("mm_famille_heureuse", 1), ("soins_domicile", 1),
        ("isosl", 6), ("citadelle", 3), ("alfa", 2), ("SAJ de Verviers", 1), ("chu_liege", 1),
    ],
    "exchange": [
        ("relais_sante", 13), ("psy_indep", 11), ("mg", 10), ("cpas", 9), ("associatif", 7), ("avat", 6),
        ("cpfa", 5), ("dus", 4), ("accro_contact", 3), ("judiciaire", 2),
        ("soins_domicile", 1), ("pharmaciens", 1), ("scolaire", 1), ("ihp_hall", 1), ("cvps", 1),
        ("isosl", 3), ("Télé-Accueil", 2), ("citadelle", 1),
    ],
}

# Ties pinned before the balanced assignment, with per-tie columns (frequency, channels, formal).
PINNED = [
    ("vie_libre", "sending", "hautes_fagnes", "", "", "true"),
    ("dus", "exchange", "cpas", "", "", "true"),
    ("cpfa_emf3", "receiving", "cpfa", "regularly", "phone;meeting", "true"),
    ("glem_verviers", "sending", "avat", "systematically", "phone", ""),
]

# Channel combinations per type (counts over the respondents with frequency != none).
CHANNEL_MIX = {
    "sending": [  # 38 respondents: one 20, two 10, three 7, all five 1; phone 34
        (("phone", "mail", "meeting", "informal", "other"), 1),
        (("phone", "meeting", "other"), 3), (("phone", "mail", "meeting"), 2), (("phone", "informal", "other"), 2),
        (("phone", "other"), 5), (("phone", "meeting"), 3), (("phone", "mail"), 2),
        (("phone",), 16), (("other",), 4),
    ],
    "receiving": [  # 39 respondents: one 10, two 18, three 11; phone always, never mail nor informal
        (("phone", "meeting", "other"), 11), (("phone", "other"), 10), (("phone", "meeting"), 8), (("phone",), 10),
    ],
    "exchange": [  # 38 respondents: phone dominant, often leading to concertation meetings
        (("phone", "mail", "meeting", "informal"), 1), (("phone", "mail", "meeting"), 4),
        (("phone", "meeting", "informal"), 2), (("phone", "meeting"), 9), (("phone", "mail"), 5),
        (("phone", "informal"), 3), (("phone", "other"), 1), (("meeting",), 2), (("phone",), 11),
    ],
}

# Frequency counts per type; the grouped totals are chosen by best_allocation() below and the
# split inside a group (none vs very rarely, regularly vs systematically) is the reconstruction's.
FREQ_SPLIT = {
    "sending": {"none": 6, "very_rarely": 6, "occasionally": 11, "regularly": 15, "systematically": 6},
    "receiving": {"none": 5, "very_rarely": 5, "occasionally": 9, "regularly": 16, "systematically": 9},
    "exchange": {"none": 6, "very_rarely": 8, "occasionally": 14, "regularly": 11, "systematically": 5},
}

REASONS = {
    "sending": [
        "Il faut d'abord une concertation en interne avant d'envoyer vers l'extérieur.",
        "Ça ne fait pas partie de nos missions.",
        "Je ne suis pas très à l'aise avec cette problématique.",
        "Notre travail est collectif (prévention, animations), pas d'accompagnement individuel.",
        "Les personnes ne formulent pas de demande chez nous, on ne les oriente donc pas.",
        "Pas de situation rencontrée durant l'année écoulée.",
    ],
    "receiving": [
        "Le public arrive directement chez nous, sans passer par un autre service.",
        "Nous ne sommes pas identifiés comme un service de référence en assuétudes.",
        "Les assuétudes ne font pas partie de nos missions de base.",
        "Les demandes passent par la direction, pas par l'équipe de terrain.",
        "Pas de situation durant l'année écoulée.",
    ],
    "exchange": [
        "Le secret professionnel : nous ne transmettons rien sans l'accord de la personne.",
        "Il n'y a jamais de retour de l'hôpital, donc pas d'échange.",
        "On nous répond \"ça ne nous concerne pas\", alors nous avons arrêté.",
        "Manque de temps pour les échanges, surtout sur des temps partiels.",
        "Nous ne savons pas à qui nous adresser.",
        "Les échanges se font uniquement en interne, en réunion d'équipe.",
    ],
}

# Engagement (0..1) by kind: drives who answers none ... systematically (plus seeded jitter).
ENGAGEMENT = {
    "addiction-service": 0.95, "psychiatric-hospital": 0.85, "post-cure": 0.85, "day-hospital": 0.8,
    "general-hospital": 0.78, "mobile-team": 0.8, "psychiatric-nursing-home": 0.6,
    "mental-health-service": 0.72, "psychosocial-day-centre": 0.62, "medical-house": 0.7, "gp-group": 0.7,
    "social-service": 0.68, "sheltered-housing": 0.55, "shelter": 0.55, "prevention-service": 0.45,
    "self-help": 0.5, "family-planning": 0.28, "social-cohesion-plan": 0.22, "youth-aid": 0.3,
}
TYPE_SHIFT = {  # per setting and type
    ("hospital", "receiving"): 0.1, ("hospital", "exchange"): -0.12, ("ambulatory", "receiving"): -0.05,
    ("social", "exchange"): 0.08, ("social", "receiving"): 0.03,
}

# Self-positioning (has, wants, should) 0..5 by kind.
ROLES = {
    "addiction-service": (4, 4, 4), "psychiatric-hospital": (4, 4, 4), "post-cure": (4, 4, 5),
    "day-hospital": (3, 4, 4), "general-hospital": (3, 3, 3), "mobile-team": (3, 4, 4),
    "psychiatric-nursing-home": (3, 3, 3), "mental-health-service": (3, 3, 4), "psychosocial-day-centre": (2, 3, 3),
    "medical-house": (3, 3, 4), "gp-group": (3, 3, 4), "social-service": (3, 3, 3), "sheltered-housing": (2, 3, 3),
    "shelter": (2, 3, 3), "prevention-service": (2, 3, 3), "self-help": (3, 4, 4), "family-planning": (1, 2, 2),
    "social-cohesion-plan": (1, 2, 2), "youth-aid": (1, 2, 3),
}


class Rng:
    """SplitMix64: small, fast and the same on every Python version."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def random(self):
        return (self.next64() >> 11) / float(1 << 53)

    def below(self, n):
        return self.next64() % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def norm(text):
    """Partner matching of docs/en/survey-format.md: ignore case, accents and surrounding spaces."""
    decomposed = unicodedata.normalize("NFD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def best_allocation(total, percents):
    """Integer counts summing to total whose shares are closest (L1, percent points) to percents."""
    best = None
    for cut in itertools.combinations(range(total + len(percents) - 1), len(percents) - 1):
        counts, prev = [], -1
        for c in cut + (total + len(percents) - 1,):
            counts.append(c - prev - 1)
            prev = c
        err = sum(abs(100.0 * n / total - p) for n, p in zip(counts, percents))
        if best is None or err < best[0] - 1e-12:
            best = (err, counts)
    return best[1]


def csv_field(value):
    value = "" if value is None else str(value)
    if any(ch in value for ch in ',";\r\n') or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def write_csv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(csv_field(v) for v in row) + "\n")


def build():
    rng = Rng(0x5A5AEF2015)
    actors = []  # dicts
    for aid, name, kind, setting, muni, access, aliases, _ in TABLE1:
        actors.append(dict(id=aid, name=name, kind=kind, setting=setting, zone=HOME_ZONE, aliases=aliases,
                           municipality=muni, access=access))
    for aid, name, kind, setting, zone, muni, aliases in PARTNERS:
        actors.append(dict(id=aid, name=name, kind=kind, setting=setting, zone=zone, aliases=aliases,
                           municipality=muni, access=""))
    by_id = {a["id"]: a for a in actors}

    # Every id, name and alias must be unambiguous after normalisation.
    lookup = {}
    for a in actors:
        for key in [a["id"], a["name"]] + a["aliases"]:
            k = norm(key)
            if k in lookup and lookup[k] != a["id"]:
                sys.exit(f"ambiguous name {key!r}: {lookup[k]} and {a['id']}")
            lookup[k] = a["id"]
    for aid, spellings in SPELLINGS.items():
        for s in spellings:
            assert lookup.get(norm(s)) == aid, (aid, s)
    for uid, spellings in UNRESOLVED.items():
        for s in spellings:
            assert norm(s) not in lookup and norm(s) == norm(uid), s

    # Respondents.
    respondents = []
    months = [(2, 9), (2, 23), (3, 5), (3, 17), (3, 26), (4, 8), (4, 21), (5, 6), (5, 19), (5, 28), (6, 4),
              (6, 16), (6, 25), (7, 2), (7, 9), (7, 23), (8, 6), (8, 20)]
    for aid, _name, kind, setting, *_rest, functions in TABLE1:
        for function in functions:
            respondents.append(dict(actor=aid, kind=kind, setting=setting, function=function))
    assert len(respondents) == N_RESPONDENTS
    for i, r in enumerate(respondents):
        r["id"] = f"R{i + 1:02d}"
        m, d = months[(i * 7) % len(months)]
        r["date"] = f"2015-{m:02d}-{min(28, d + i % 3):02d}"
        r["years"] = 2 + rng.below(24)
        has, wants, should = ROLES[r["kind"]]
        jitter = rng.below(5)
        r["role_has"] = max(0, min(4, has + (1 if jitter == 0 else -1 if jitter == 1 else 0)))
        r["role_wants"] = max(r["role_has"], min(5, wants + (1 if jitter == 2 else 0)))
        r["role_should"] = min(5, should)
    # The report notes the scale was hard to use collectively: a few left it blank.
    for rid in ("R23", "R41"):
        r = next(x for x in respondents if x["id"] == rid)
        r["role_has"] = r["role_wants"] = r["role_should"] = ""
    respondent_by_id = {r["id"]: r for r in respondents}

    # Check the frequency splits against the published grouped shares.
    for t in TYPES:
        spec = PUBLISHED[f"{t}.frequency"]
        alloc = best_allocation(N_RESPONDENTS, spec["percent"])
        got = [sum(FREQ_SPLIT[t][f] for f in g) for g in spec["groups"]]
        assert got == alloc, (t, got, alloc)
        assert sum(FREQ_SPLIT[t].values()) == N_RESPONDENTS

    # Frequencies: order by engagement (seeded jitter), lowest get none.
    answers = {}  # (rid, type) -> dict(frequency, channels, reason)
    for t in TYPES:
        scored = []
        for r in respondents:
            e = ENGAGEMENT[r["kind"]] + TYPE_SHIFT.get((r["setting"], t), 0.0) + (rng.random() - 0.5) * 0.3
            scored.append((e, r["id"]))
        scored.sort()
        order = [rid for _, rid in scored]
        pos = 0
        for f in FREQS:
            for rid in order[pos:pos + FREQ_SPLIT[t][f]]:
                answers[(rid, t)] = dict(frequency=f, channels=(), reason="")
            pos += FREQ_SPLIT[t][f]
        # Channels: the most frequent users get the widest mixes.
        active = [rid for rid in reversed(order) if answers[(rid, t)]["frequency"] != "none"]
        mix = [combo for combo, n in CHANNEL_MIX[t] for _ in range(n)]
        assert len(mix) == len(active), (t, len(mix), len(active))
        # Keep the broad ordering but shuffle inside windows of 6 for variety.
        for start in range(0, len(mix), 6):
            window = mix[start:start + 6]
            rng.shuffle(window)
            mix[start:start + 6] = window
        for rid, combo in zip(active, mix):
            answers[(rid, t)]["channels"] = combo
        reasons = list(REASONS[t])
        nones = [rid for rid in order if answers[(rid, t)]["frequency"] == "none"]
        for i, rid in enumerate(nones):
            answers[(rid, t)]["reason"] = reasons[i % len(reasons)]

    # Partner mentions: pinned ties first, then a balanced seeded assignment.
    named = {(r["id"], t): [] for r in respondents for t in TYPES}  # partner keys in order
    per_tie = {}  # (rid, t, key) -> (frequency, channels, formal)
    remaining = {t: dict(MENTIONS[t]) for t in TYPES}
    for actor, t, key, freq, chans, formal in PINNED:
        rid = next(r["id"] for r in respondents
                   if r["actor"] == actor and answers[(r["id"], t)]["frequency"] != "none")
        named[(rid, t)].append(key)
        per_tie[(rid, t, key)] = (freq, chans, formal)
        remaining[t][key] -= 1

    def affinity(r, key, t):
        target = by_id.get(key)
        if target is None:
            return 0.2 if r["setting"] == "social" else 0.0
        score = 0.0
        if t == "sending" and r["setting"] in ("social", "ambulatory") and target["setting"] in ("hospital", "ambulatory"):
            score += 0.4
        if t == "receiving" and r["setting"] == "hospital" and target["setting"] in ("ambulatory", "other"):
            score += 0.4
        if r["setting"] == "social" and target["setting"] == "social":
            score += 0.5
        if target["zone"] != HOME_ZONE and r["setting"] in ("hospital", "ambulatory"):
            score += 0.4
        return score

    for t in TYPES:
        for key, _ in MENTIONS[t]:
            k = remaining[t][key]
            if k <= 0:
                continue
            eligible = []
            for r in respondents:
                if answers[(r["id"], t)]["frequency"] == "none" or r["actor"] == key or key in named[(r["id"], t)]:
                    continue
                if key == "mg" and r["kind"] in ("gp-group", "medical-house"):
                    continue
                load = len(named[(r["id"], t)])
                eligible.append((load - affinity(r, key, t) + rng.random() * 1.2, r["id"]))
            eligible.sort()
            assert len(eligible) >= k, (t, key)
            for _, rid in eligible[:k]:
                named[(rid, t)].append(key)
        for r in respondents:
            if answers[(r["id"], t)]["frequency"] != "none":
                assert named[(r["id"], t)], (r["id"], t, "names no partner")
                rng.shuffle(named[(r["id"], t)])

    # Spell the partners in file order.
    used = {}
    partner_rows = []
    for r in respondents:
        for t in TYPES:
            for key in named[(r["id"], t)]:
                spellings = SPELLINGS.get(key) or UNRESOLVED.get(key) or [by_id[key]["name"]]
                n = used.get(key, 0)
                used[key] = n + 1
                text = spellings[n % len(spellings)]
                freq, chans, formal = per_tie.get((r["id"], t, key), ("", "", ""))
                partner_rows.append((r["id"], t, text, freq, chans, formal))
    return actors, respondents, respondent_by_id, answers, partner_rows


def analyse(actors, respondents, answers, partner_rows):
    """The survey figures of docs/en/outputs.md, computed from the rows as they are written."""
    lookup = {}
    for a in actors:
        for key in [a["id"], a["name"]] + a["aliases"]:
            lookup.setdefault(norm(key), a["id"])
    zone = {a["id"]: a["zone"] for a in actors}
    unresolved = {}
    resolved_rows = []
    for rid, t, text, *_ in partner_rows:
        k = norm(text)
        if k in lookup:
            resolved_rows.append((rid, t, lookup[k]))
        else:
            first = unresolved.setdefault(k, text.strip())
            zone.setdefault(first, "")
            resolved_rows.append((rid, t, first))
    actor_of = {r["id"]: r["actor"] for r in respondents}
    zones = {}
    for r in respondents:
        z = zone[actor_of[r["id"]]]
        zones[z] = zones.get(z, 0) + 1
    home = sorted(zones.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    survey = {"frequency": {}, "channels": {}, "channel_count": {}, "top_partners": {}}
    for t in TYPES:
        freq = {f: 0 for f in FREQS}
        chans = {c: 0 for c in CHANNELS}
        count = {str(i): 0 for i in range(1, 6)}
        for r in respondents:
            a = answers.get((r["id"], t))
            f = a["frequency"] if a else "none"
            freq[f] += 1
            if f != "none":
                for c in a["channels"]:
                    chans[c] += 1
                if a["channels"]:
                    count[str(len(a["channels"]))] += 1
        survey["frequency"][t] = freq
        survey["channels"][t] = chans
        survey["channel_count"][t] = count
        mentions = {}
        for rid, tt, pid in resolved_rows:
            if tt == t:
                mentions.setdefault(pid, set()).add(rid)
        ranked = sorted(((pid, len(rs)) for pid, rs in mentions.items()), key=lambda x: (-x[1], x[0]))
        survey["top_partners"][t] = {
            "in_zone": [{"actor": p, "mentions": m} for p, m in ranked if zone[p] == home][:10],
            "out_of_zone": [{"actor": p, "mentions": m} for p, m in ranked if zone[p] != home][:10],
        }
    return home, survey, sorted(unresolved.values())


def main():
    actors, respondents, _, answers, partner_rows = build()
    write_csv("actors.csv", ["id", "name", "kind", "setting", "zone", "aliases", "municipality", "access", "person", "category"],
              [(a["id"], a["name"], a["kind"], a["setting"], a["zone"], ";".join(a["aliases"]), a["municipality"],
                a["access"], "false", CATEGORY.get(a["id"], "")) for a in actors])
    write_csv("respondents.csv",
              ["respondent", "actor", "function", "years", "date", "role_has", "role_wants", "role_should"],
              [(r["id"], r["actor"], r["function"], r["years"], r["date"], r["role_has"], r["role_wants"],
                r["role_should"]) for r in respondents])
    write_csv("answers.csv", ["respondent", "type", "frequency", "channels", "reason"],
              [(r["id"], t, answers[(r["id"], t)]["frequency"], ";".join(answers[(r["id"], t)]["channels"]),
                answers[(r["id"], t)]["reason"]) for r in respondents for t in TYPES])
    write_csv("partners.csv", ["respondent", "type", "partner", "frequency", "channels", "formal"], partner_rows)

    home, survey, unresolved = analyse(actors, respondents, answers, partner_rows)
    n_actors = len(actors) + len(unresolved)

    published = []
    report = []
    for t in TYPES:
        spec = PUBLISHED[f"{t}.frequency"]
        for group, pct, words in zip(spec["groups"], spec["percent"], spec["wording"]):
            n = sum(survey["frequency"][t][f] for f in group)
            published.append(dict(figure=f"survey.frequency.{t}", answers=list(group), published_percent=pct,
                                  count=n, base=N_RESPONDENTS, wording=words))
    for t in ("sending", "receiving"):
        active = N_RESPONDENTS - survey["frequency"][t]["none"]
        spec = PUBLISHED[f"{t}.channel_count"]
        for key, pct, words in zip(spec["keys"], spec["percent"], spec["wording"]):
            published.append(dict(figure=f"survey.channel_count.{t}", answers=[key], published_percent=pct,
                                  count=survey["channel_count"][t][key], base=active, wording=words))
    for name in ("sending.channels.phone", "receiving.channels.phone", "receiving.channels.mail",
                 "receiving.channels.informal"):
        t, _, c = name.split(".")
        active = N_RESPONDENTS - survey["frequency"][t]["none"]
        published.append(dict(figure=f"survey.channels.{t}", answers=[c], published_percent=PUBLISHED[name]["percent"],
                              count=survey["channels"][t][c], base=active, wording=PUBLISHED[name]["wording"]))
    ranks = []
    for (t, side), fixed in sorted(PUBLISHED_RANKS.items()):
        for rank, actor in sorted(fixed.items()):
            got = survey["top_partners"][t][side][rank - 1]["actor"]
            assert got == actor, (t, side, rank, got, actor)
            ranks.append(dict(type=t, side=side, rank=rank, actor=actor))

    combined = {}
    for t in ("sending", "receiving"):
        for x in survey["top_partners"][t]["in_zone"]:
            combined[x["actor"]] = combined.get(x["actor"], 0) + x["mentions"]
    top3 = [a for a, _ in sorted(combined.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    assert top3 == PUBLISHED_COMBINED, top3

    expected = {
        "source": "RASSAEF 2015 survey report, care zone 6 (Verviers); ties and answers are an illustrative "
                  "reconstruction calibrated to the published aggregates",
        "dataset": {"actors": n_actors, "respondents": N_RESPONDENTS, "home_zone": home},
        "survey": survey,
        "published": published,
        "published_ranks": ranks,
        "published_sending_receiving_top3": PUBLISHED_COMBINED,
        "validation": {"unresolved": unresolved},
    }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8", newline="") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")

    print(f"{'figure':44} {'published':>9} {'count':>7} {'reproduced':>10}")
    for p in published:
        label = f"{p['figure'].removeprefix('survey.')}.{'+'.join(p['answers'])}"
        pct = 100.0 * p["count"] / p["base"]
        print(f"{label:44} {p['published_percent']:>8}% {p['count']:>3}/{p['base']:<3} {pct:>9.1f}%")
    for t in TYPES:
        for side in ("in_zone", "out_of_zone"):
            top = ", ".join(f"{x['actor']} {x['mentions']}" for x in survey["top_partners"][t][side])
            print(f"top {t} {side}: {top}")
    print(f"published ranks hold: {len(ranks)}; unresolved: {unresolved}; actors: {n_actors}; home zone: {home}")


if __name__ == "__main__":
    main()
