"""The sources the built-in content cites, each defined once.

Causes share sources (the MedlinePlus and NHS pages on twitching back most
of them), so each is a named constant here rather than a copy in every
cause. Pages written for the public come first: national health services,
MedlinePlus, Mayo Clinic, MSD Manuals and specialist charities. Research
papers are cited for the figures that reassure readers (how rarely harmless
twitching turns out to be serious), always with their DOI or PMID so a
reviewer finds the exact paper. Titles are the pages' own titles. Forum and
aggregator copies are never cited.
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import Source

_MEDLINEPLUS: Final = "MedlinePlus Medical Encyclopedia, U.S. National Library of Medicine"
_MEDLINEPLUS_TOPIC: Final = "MedlinePlus, U.S. National Library of Medicine"
_MSD_CONSUMER: Final = "MSD Manual, Consumer Version"

# --- twitching in general ------------------------------------------------------------

MEDLINEPLUS_TWITCHING: Final = Source(
    title="Muscle twitching",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/003296.htm",
)
MEDLINEPLUS_INSECTICIDE_POISONING: Final = Source(
    title="Insecticide poisoning",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/002832.htm",
)
NHS_DOUBLE_VISION: Final = Source(
    title="Double vision",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/double-vision/",
)
NHS_RED_EYE: Final = Source(
    title="Red eye",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/red-eye/",
)
NHS_TWITCHING: Final = Source(
    title="Twitching eyes and muscles",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/twitching-eyes-and-muscles/",
)

# --- the eye and face ----------------------------------------------------------------

MEDLINEPLUS_EYELID_TWITCH: Final = Source(
    title="Eyelid twitch",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/000756.htm",
)
MAYO_EYE_TWITCHING: Final = Source(
    title="Eye twitching",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/symptoms/eye-twitching/basics/definition/sym-20050838",
)
MSD_HEMIFACIAL_SPASM: Final = Source(
    title="Hemifacial Spasm",
    publisher="MSD Manual, Professional Version",
    url="https://www.msdmanuals.com/professional/neurologic-disorders/neuro-ophthalmologic-and-cranial-nerve-disorders/hemifacial-spasm",
)
DMRF_BLEPHAROSPASM: Final = Source(
    title="Blepharospasm",
    publisher="Dystonia Medical Research Foundation",
    url="https://www.dystonia-foundation.org/what-is-dystonia/forms-of-dystonia/focal-dystonias/blepharospasm",
)
MEDLINEPLUS_BLEPHAROSPASM: Final = Source(
    title="Benign essential blepharospasm",
    publisher="MedlinePlus Genetics, U.S. National Library of Medicine",
    url="https://medlineplus.gov/genetics/condition/benign-essential-blepharospasm/",
)
NHS_DYSTONIA: Final = Source(
    title="Dystonia", publisher="NHS", url="https://www.nhs.uk/conditions/dystonia/"
)

# --- sleep, tics, stress -------------------------------------------------------------

NHS_LOTHIAN_HYPNIC_JERKS: Final = Source(
    title="Hypnic jerks & other sleep related movement disorders",
    publisher="NHS Lothian RefHelp",
    url="https://apps.nhslothian.scot/refhelp/guidelines/neurology/hypnic-jerks-other-sleep-related-movement-disorders/",
)
NHS_INSOMNIA: Final = Source(
    title="Insomnia", publisher="NHS", url="https://www.nhs.uk/conditions/insomnia/"
)
NHS_TICS: Final = Source(title="Tics", publisher="NHS", url="https://www.nhs.uk/conditions/tics/")
GOSH_TICS: Final = Source(
    title="For parents and carers (Tic Service)",
    publisher="Great Ormond Street Hospital for Children NHS Foundation Trust",
    url="https://www.gosh.nhs.uk/wards-and-departments/departments/clinical-specialties/department-child-and-adolescent-mental-health-dcamh/the-tic-service/for-parents-and-carers/",
)
NHS_HEALTH_ANXIETY: Final = Source(
    title="Health anxiety",
    publisher="NHS",
    url="https://www.nhs.uk/mental-health/conditions/health-anxiety/",
)
NHS_TALKING_THERAPIES: Final = Source(
    title="NHS Talking Therapies, for anxiety and depression",
    publisher="NHS England",
    url="https://www.england.nhs.uk/mental-health/adults/nhs-talking-therapies/",
)
NHS_PALPITATIONS: Final = Source(
    title="Heart palpitations",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/heart-palpitations/",
)

# --- fluids, cramps, food and drink --------------------------------------------------

NHS_DEHYDRATION: Final = Source(
    title="Dehydration", publisher="NHS", url="https://www.nhs.uk/conditions/dehydration/"
)
NHS_LEG_CRAMPS: Final = Source(
    title="Leg cramps", publisher="NHS", url="https://www.nhs.uk/conditions/leg-cramps/"
)

# --- movements that are not twitches ---------------------------------------------------

NHS_TREMOR: Final = Source(
    title="Tremor or shaking hands", publisher="NHS", url="https://www.nhs.uk/conditions/tremor/"
)
CDC_TETANUS: Final = Source(
    title="About Tetanus", publisher="CDC", url="https://www.cdc.gov/tetanus/about/index.html"
)
MAYO_MYOCLONUS: Final = Source(
    title="Myoclonus",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/diseases-conditions/myoclonus/symptoms-causes/syc-20350459",
)
MAYO_CAFFEINE: Final = Source(
    title="Caffeine: How much is too much?",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/healthy-lifestyle/nutrition-and-healthy-eating/in-depth/caffeine/art-20045678",
)
NHS_CAFFEINE_PREGNANCY: Final = Source(
    title="Should I limit caffeine during pregnancy?",
    publisher="NHS",
    url="https://www.nhs.uk/common-health-questions/pregnancy/should-i-limit-caffeine-during-pregnancy/",
)

ALCOHOL_CHANGE_WITHDRAWAL: Final = Source(
    title="Alcohol withdrawal",
    publisher="Alcohol Change UK",
    url="https://alcoholchange.org.uk/help-and-support/get-help-now/coronavirus-information-and-advice-hub/coronavirus-alcohol-withdrawal-what-to-look-out-for",
)

# --- medicines -----------------------------------------------------------------------

NHS_SALBUTAMOL: Final = Source(
    title="Salbutamol inhaler",
    publisher="NHS",
    url="https://www.nhs.uk/medicines/salbutamol-inhaler/",
)
MAYO_STATINS: Final = Source(
    title="Rhabdomyolysis from statins: What's the risk?",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817",
)
NHS_ATORVASTATIN: Final = Source(
    title="Atorvastatin", publisher="NHS", url="https://www.nhs.uk/medicines/atorvastatin/"
)
NHS_LITHIUM: Final = Source(
    title="Lithium", publisher="NHS", url="https://www.nhs.uk/medicines/lithium/"
)
NHS_GGC_LITHIUM_TOXICITY: Final = Source(
    title="Early identification and management of lithium toxicity",
    publisher="NHS Greater Glasgow and Clyde (Right Decisions)",
    url="https://rightdecisions.scot.nhs.uk/mypsych-app/working-in-greater-glasgow-clyde/medicines-companion/antidepressants-mood-stabilisers/early-identification-and-management-of-lithium-toxicity",
)
HEALTHIFY_LITHIUM: Final = Source(
    title="Lithium carbonate",
    publisher="Healthify He Puna Waiora (New Zealand)",
    url="https://healthify.nz/medicines/l/lithium-carbonate",
)
HEALTHIFY_SEROTONIN_SYNDROME: Final = Source(
    title="Serotonin syndrome",
    publisher="Healthify He Puna Waiora (New Zealand)",
    url="https://healthify.nz/serotonin-syndrome",
)
CLEVELAND_SEROTONIN_SYNDROME: Final = Source(
    title="Serotonin Syndrome",
    publisher="Cleveland Clinic",
    url="https://my.clevelandclinic.org/health/diseases/17687-serotonin-syndrome",
)
MSD_SEROTONIN_SYNDROME: Final = Source(
    title="Serotonin Syndrome",
    publisher=_MSD_CONSUMER,
    url="https://www.msdmanuals.com/home/injuries-and-poisoning/heat-disorders/serotonin-syndrome",
)

# --- minerals, kidneys, thyroid ------------------------------------------------------

MEDLINEPLUS_LOW_MAGNESIUM: Final = Source(
    title="Low blood magnesium",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/000315.htm",
)
MEDLINEPLUS_LOW_POTASSIUM: Final = Source(
    title="Low blood potassium",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/000479.htm",
)
MAYO_LOW_POTASSIUM: Final = Source(
    title="Low potassium (hypokalemia)",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/symptoms/low-potassium/basics/causes/sym-20050632",
)
MSD_LOW_CALCIUM: Final = Source(
    title="Hypocalcemia (Low Level of Calcium in the Blood)",
    publisher=_MSD_CONSUMER,
    url="https://www.msdmanuals.com/home/hormonal-and-metabolic-disorders/electrolyte-balance/hypocalcemia-low-level-of-calcium-in-the-blood",
)
NHS_KIDNEY_DISEASE: Final = Source(
    title="Chronic kidney disease",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/kidney-disease/",
)
NHS_OVERACTIVE_THYROID: Final = Source(
    title="Symptoms - Overactive thyroid (hyperthyroidism)",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/overactive-thyroid-hyperthyroidism/symptoms/",
)
MEDLINEPLUS_HYPERTHYROIDISM: Final = Source(
    title="Hyperthyroidism",
    publisher=_MEDLINEPLUS_TOPIC,
    url="https://medlineplus.gov/hyperthyroidism.html",
)

# --- poisoning -----------------------------------------------------------------------

NHS_POISONING: Final = Source(
    title="Poisoning", publisher="NHS", url="https://www.nhs.uk/conditions/poisoning/"
)
MSD_INSECTICIDE_POISONING: Final = Source(
    title="Insecticide Poisoning",
    publisher=_MSD_CONSUMER,
    url="https://www.msdmanuals.com/home/quick-facts-injuries-and-poisoning/poisoning/insecticide-poisoning",
)
EPA_CHLORPYRIFOS: Final = Source(
    title="Chlorpyrifos; Cancellation Order",
    publisher="U.S. Environmental Protection Agency, Federal Register, 6 December 2000",
    url="https://www.federalregister.gov/documents/2000/12/06/00-30917/chlorpyrifos-cancellation-order",
)

# --- nerves and muscles --------------------------------------------------------------

NHS_NEUROPATHY: Final = Source(
    title="Peripheral neuropathy",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/peripheral-neuropathy/",
)
NHS_MND: Final = Source(
    title="Motor neurone disease",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/motor-neurone-disease/",
)
MEDLINEPLUS_ALS: Final = Source(
    title="Amyotrophic Lateral Sclerosis",
    publisher=_MEDLINEPLUS_TOPIC,
    url="https://medlineplus.gov/amyotrophiclateralsclerosis.html",
)
NHS_MS: Final = Source(
    title="Multiple sclerosis",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/multiple-sclerosis/",
)
MS_SOCIETY_SPASMS: Final = Source(
    title="Spasms and stiffness",
    publisher="MS Society UK",
    url="https://www.mssociety.org.uk/what-is-ms/signs-and-symptoms/spasms-and-stiffness/about",
)
NHS_SMA: Final = Source(
    title="Spinal muscular atrophy (SMA)",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/spinal-muscular-atrophy-sma/",
)
MEDLINEPLUS_RHABDOMYOLYSIS: Final = Source(
    title="Rhabdomyolysis",
    publisher=_MEDLINEPLUS,
    url="https://medlineplus.gov/ency/article/000473.htm",
)
NHS_MUSCULAR_DYSTROPHY: Final = Source(
    title="Muscular dystrophy",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/muscular-dystrophy/",
)

# --- research papers (each with its DOI or PMID) -------------------------------------

BFS_PROSPECTIVE_2017: Final = Source(
    title="A Prospective Study of Benign Fasciculation Syndrome (S45.007)",
    publisher="Neurology 2017;88(16 Supplement), conference abstract",
    url="https://www.neurology.org/doi/10.1212/WNL.88.16_supplement.S45.007",
    kind="article",
    doi="10.1212/WNL.88.16_supplement.S45.007",
)
BFS_ANXIETY_2018: Final = Source(
    title="A prospective study of benign fasciculation syndrome and anxiety",
    publisher="Muscle & Nerve 2018;58(6):852-854",
    url="https://pubmed.ncbi.nlm.nih.gov/30028521/",
    kind="article",
    doi="10.1002/mus.26193",
    pmid="30028521",
)
MATTIUZZI_LIPPI_2024: Final = Source(
    title="Clinical progression of benign fasciculation syndrome: a systematic literature review",
    publisher="Mattiuzzi C, Lippi G. Neurological Sciences, 2024",
    url="https://doi.org/10.1007/s10072-024-07867-0",
    kind="article",
    doi="10.1007/s10072-024-07867-0",
)
BLACKMAN_2019: Final = Source(
    title=(
        "The Association Between Benign Fasciculations and Health Anxiety: A Report of Two"
        " Cases and a Systematic Review of the Literature"
    ),
    publisher="Blackman G, et al. Psychosomatics 2019;60(5):499-507",
    url="https://doi.org/10.1016/j.psym.2019.04.001",
    kind="article",
    doi="10.1016/j.psym.2019.04.001",
)
LEITE_2014: Final = Source(
    title=(
        "Another Perspective on Fasciculations: When is it not Caused by the Classic Form of"
        " Amyotrophic Lateral Sclerosis or Progressive Spinal Atrophy?"
    ),
    publisher="Leite MAA, et al. Neurology International 2014;6(3):5208",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4192433/",
    kind="article",
    doi="10.4081/ni.2014.5208",
    pmid="25309711",
)
TURNER_TALBOT_2013: Final = Source(
    title="Mimics and chameleons in motor neurone disease",
    publisher="Turner MR, Talbot K. Practical Neurology 2013;13(3):153-164",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC3664389/",
    kind="article",
    doi="10.1136/practneurol-2013-000557",
    pmid="23616620",
)
DANGOULOFF_SERVAIS_2019: Final = Source(
    title=(
        "Clinical Evidence Supporting Early Treatment Of Patients With Spinal Muscular"
        " Atrophy: Current Perspectives"
    ),
    publisher=(
        "Dangouloff T, Servais L. Therapeutics and Clinical Risk Management 2019;15:1153-1161"
    ),
    url="https://doi.org/10.2147/TCRM.S172291",
    kind="article",
    doi="10.2147/TCRM.S172291",
    pmid="31632042",
)
