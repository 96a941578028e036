"""The sources the built-in content cites, each defined once.

Causes share sources (the MedlinePlus and NHS pages on twitching back most
of them), so each is a named constant here rather than a copy in every
cause. Prefer a page a reader can open and understand; research papers are
cited for the figures that reassure readers (how rarely harmless twitching
turns out to be serious).
"""

from __future__ import annotations

from typing import Final

from twitchfacts.model import Source

MEDLINEPLUS_TWITCHING: Final = Source(
    title="Muscle twitching",
    publisher="MedlinePlus, U.S. National Library of Medicine",
    url="https://medlineplus.gov/ency/article/003296.htm",
)
NHS_TWITCHING: Final = Source(
    title="Twitching eyes and muscles",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/twitching-eyes-and-muscles/",
)
MAYO_STATINS: Final = Source(
    title="Rhabdomyolysis from statins: What's the risk?",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817",
)
MAYO_BETA2_AGONISTS: Final = Source(
    title="Beta-2 adrenergic agonist (oral route, injection route): side effects",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/drugs-supplements/beta-2-adrenergic-agonist-oral-route-injection-route/side-effects/drg-20069364",
)
MAYO_CAFFEINE: Final = Source(
    title="Caffeine: How much is too much?",
    publisher="Mayo Clinic",
    url="https://www.mayoclinic.org/healthy-lifestyle/nutrition-and-healthy-eating/in-depth/caffeine/art-20045678",
)
MAYO_MAGNESIUM: Final = Source(
    title="Magnesium deficiency (Mayo Clinic Health Information Library)",
    publisher="Mayo Clinic, published by Monument Health",
    url="https://monument.health/mayo-clinic-health-information-library/article/?mayo-id=ABT-20330291",
)
MAYO_POTASSIUM: Final = Source(
    title="Low potassium (hypokalemia) (Mayo Clinic Health Information)",
    publisher="Mayo Clinic, published by St. Clair Health",
    url="https://www.stclair.org/services/mayo-clinic-health-information/article/ABT-20334906",
)
MEDLINEPLUS_LOW_POTASSIUM: Final = Source(
    title="Low blood potassium",
    publisher="MedlinePlus, U.S. National Library of Medicine",
    url="https://medlineplus.gov/ency/article/000479.htm",
)
BFS_PROSPECTIVE_STUDY: Final = Source(
    title="Prospective study of benign fasciculation syndrome (abstract S45.007)",
    publisher="Neurology, 2017",
    url="https://www.neurology.org/doi/10.1212/WNL.88.16_supplement.S45.007",
)
BFS_MAYO_FOLLOW_UP: Final = Source(
    title="Long-term follow-up of 121 patients with benign fasciculations (summary)",
    publisher="Annals of Neurology, 1993 (Blexrud, Windebank and Daube)",
    url="http://aboutbfs.com/artmayo.htm",
)
FASCICULATIONS_REVIEW: Final = Source(
    title="Fasciculations that are not caused by ALS or spinal muscular atrophy",
    publisher="Neurology International, 2014 (Leite and others)",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4192433/",
)
BFS_SYSTEMATIC_REVIEW: Final = Source(
    title="Clinical progression of benign fasciculation syndrome: a systematic literature review",
    publisher="Neurological Sciences",
    url="https://discovery.researcher.life/article/clinical-progression-of-benign-fasciculation-syndrome-a-systematic-literature-review/4d150045bf413db0b2901711686de24f",
)
MS_SOCIETY_SPASMS: Final = Source(
    title="Spasms and stiffness",
    publisher="MS Society UK",
    url="https://www.mssociety.org.uk/what-is-ms/signs-and-symptoms/spasms-and-stiffness/about",
)
CAUSES_OF_FASCICULATION_REVIEW: Final = Source(
    title="Review of the causes of fasciculation (publication record)",
    publisher="Charles University",
    url="https://explorer.cuni.cz/publication/613643",
)
FASCICULATION_CAUSES_GP_NOTES: Final = Source(
    title="Fasciculation: causes (notes for clinicians)",
    publisher="Pharmacy Notebook",
    url="https://pharmacy-notebook.com/en-gb/simplepage.cfm?ID=-939130874&linkID=15205",
)
NHS_DEHYDRATION: Final = Source(
    title="Dehydration", publisher="NHS", url="https://www.nhs.uk/conditions/dehydration/"
)
NHS_MND: Final = Source(
    title="Motor neurone disease",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/motor-neurone-disease/",
)
NHS_MS: Final = Source(
    title="Multiple sclerosis",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/multiple-sclerosis/",
)
NHS_NEUROPATHY: Final = Source(
    title="Peripheral neuropathy",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/peripheral-neuropathy/",
)
NHS_OVERACTIVE_THYROID: Final = Source(
    title="Overactive thyroid",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/overactive-thyroid-hyperthyroidism/",
)
NHS_KIDNEY_DISEASE: Final = Source(
    title="Chronic kidney disease",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/kidney-disease/",
)
NHS_SMA: Final = Source(
    title="Spinal muscular atrophy (SMA)",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/spinal-muscular-atrophy-sma/",
)
NHS_MUSCULAR_DYSTROPHY: Final = Source(
    title="Muscular dystrophy",
    publisher="NHS",
    url="https://www.nhs.uk/conditions/muscular-dystrophy/",
)
NHS_SALBUTAMOL: Final = Source(
    title="Salbutamol inhaler",
    publisher="NHS",
    url="https://www.nhs.uk/medicines/salbutamol-inhaler/",
)
NHS_INSOMNIA: Final = Source(
    title="Insomnia", publisher="NHS", url="https://www.nhs.uk/conditions/insomnia/"
)
NHS_POISONING: Final = Source(
    title="Poisoning", publisher="NHS", url="https://www.nhs.uk/conditions/poisoning/"
)
MEDLINEPLUS_ALS: Final = Source(
    title="Amyotrophic lateral sclerosis",
    publisher="MedlinePlus, U.S. National Library of Medicine",
    url="https://medlineplus.gov/amyotrophiclateralsclerosis.html",
)
