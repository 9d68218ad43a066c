from classifier.correspondent import read_korrespondansepart
from classifier.nlp import read_mail_entities
from classifier.types import Address, Attachment, ParsedMail

DOMAIN = "nordby.kommune.no"


def read(mail, category=None):
    part, confidence = read_korrespondansepart(mail, read_mail_entities(mail), DOMAIN, category=category)
    assert 0.0 <= confidence <= 1.0
    return part


def test_firm_signature_gives_the_firm_and_its_orgnr():
    m = ParsedMail(
        sender=Address("Kari Nordmann", "kari@bygg.no"),
        body="Vedlagt følger søknaden.",
        signature=(
            "Med hilsen\nKari Nordmann\nAnsvarlig søker\nNordby Bygg AS | org.nr 974 760 673\nTlf 913 44 208"
        ),
    )
    part = read(m)
    assert (part.navn, part.epost, part.orgnr) == ("Nordby Bygg AS", "kari@bygg.no", "974760673")


def test_private_person_is_named_by_their_own_name_and_has_no_orgnr():
    m = ParsedMail(
        sender=Address("Ola Hansen", "Ola.Hansen@Example.no"), body="Hei\nLekker vann i vegen.\nOla"
    )
    part = read(m)
    assert (part.navn, part.epost, part.orgnr) == ("Ola Hansen", "ola.hansen@example.no", None)


def test_association_leader_writes_for_the_association():
    m = ParsedMail(
        sender=Address("Per Berg", "per.berg@online.no"),
        body="Vi viser til planforslaget.",
        signature="Med vennlig hilsen\nPer Berg\nleder, Nordby skytterlag",
    )
    assert read(m).navn == "Nordby skytterlag"


def test_journalist_writes_as_a_person_even_with_a_firm_in_the_signature():
    m = ParsedMail(
        sender=Address("Siv Lund", "siv@avisa.no"),
        body="Ber om innsyn.",
        signature="Vennlig hilsen\nSiv Lund\njournalist, Avisa Nordby AS",
    )
    assert read(m).navn == "Siv Lund"


def test_forward_by_kommune_employee_gives_the_original_sender():
    m = ParsedMail(
        sender=Address("Saks Behandler", "saks.behandler@nordby.kommune.no"),
        subject="VS: Merknad",
        body="Hører hjemme i byggesaken.",
        quoted=(
            "-------- Videresendt melding --------\nFra: Ola Hansen <ola@example.no>\n\n"
            "Merknad.\n\nHilsen\nOla Hansen"
        ),
        forwarded_from=Address("Ola Hansen", "ola@example.no"),
    )
    part = read(m)
    assert (part.navn, part.epost) == ("Ola Hansen", "ola@example.no")


def test_einnsyn_order_gives_the_requester_not_the_noreply_sender():
    m = ParsedMail(
        sender=Address("eInnsyn", "ikkje-svar@einnsyn.no"),
        body="Innsynskrav frå eInnsyn\n\nBestilt av\nRuna Vik\nAvisa AS\nE-postadresse: runa.vik@avisa.no\n",
    )
    part = read(m)
    assert (part.navn, part.epost, part.orgnr) == ("Runa Vik", "runa.vik@avisa.no", None)


def test_danish_cvr_is_not_an_orgnr():
    m = ParsedMail(
        sender=Address("Forum Accounts", "accounts@forum.eu"),
        body="Invoice attached.",
        signature="Coastal Forum ApS · CVR DK 31564890 · Aalborg",
    )
    part = read(m)
    assert part.orgnr is None
    assert part.navn == "Coastal Forum ApS"


def test_orgnr_only_in_attachment_is_used_with_its_owner():
    att = Attachment(
        "soknad.pdf",
        "application/pdf",
        1,
        "x",
        kind="pdf",
        text="SØKNAD\nSøker: Nordby Bluesklubb, org.nr. 974 760 673\nKontaktperson: Mons",
    )
    m = ParsedMail(
        sender=Address("Mons Vik", "mons@blues.no"),
        body="Søknaden ligger vedlagt.\n\nMons",
        attachments=[att],
    )
    part = read(m)
    assert (part.navn, part.orgnr) == ("Nordby Bluesklubb", "974760673")


def test_the_kommunes_own_orgnr_as_customer_is_not_the_senders():
    att = Attachment(
        "f.pdf", "application/pdf", 1, "x", kind="pdf", text="Kunde: Nordby kommune, org.nr 974 760 673"
    )
    m = ParsedMail(sender=Address("Ola Hansen", "ola@example.no"), body="Se vedlegg.", attachments=[att])
    assert read(m).orgnr is None


def test_kommune_employee_and_automatic_replies_are_persons():
    internal = ParsedMail(
        sender=Address("Guro Lie", "guro.lie@nordby.kommune.no"),
        body="Notat.",
        signature="Guro Lie\nrektor, Nordby skule",
    )
    assert read(internal).navn == "Guro Lie"
    auto = ParsedMail(
        sender=Address("Marius Vold", "marius@plan.no"),
        subject="Automatisk svar: Søknad",
        body="Jeg er på ferie.",
        signature="Marius Vold\nNordplan AS",
    )
    assert read(auto, category="autosvar").navn == "Marius Vold"


def test_organisation_display_name_is_completed_from_the_signature():
    m = ParsedMail(
        sender=Address("Advokatfirmaet Lund", "post@lund.no"),
        body="Webinar.",
        signature="Advokatfirmaet Lund AS · Kongens gate 9 · Org.nr. 974 760 673",
    )
    part = read(m)
    assert (part.navn, part.orgnr) == ("Advokatfirmaet Lund AS", "974760673")


def test_noreply_sender_with_reply_to_uses_reply_to():
    m = ParsedMail(
        sender=Address("Skjema", "noreply@skjema.no"),
        headers={"reply-to": "Ola Hansen <ola@example.no>"},
        body="Skjema sendt inn.",
    )
    assert read(m).epost == "ola@example.no"


def test_a_sentence_mentioning_a_firm_is_not_the_senders_organisation():
    m = ParsedMail(
        sender=Address("Ola Hansen", "ola@example.no"),
        body="Hei\nRøret lekker fortsatt.\nVi har fått tilbud fra Nordby Rør AS på reparasjon.\nOla Hansen",
    )
    assert read(m).navn == "Ola Hansen"


def test_orgnr_with_label_and_number_on_separate_lines():
    m = ParsedMail(
        sender=Address("Kari Nordmann", "kari@bygg.no"),
        body="Vedlagt.",
        signature="Kari Nordmann\nNordby Bygg AS\nOrganisasjonsnummer:\n974 760 673",
    )
    assert read(m).orgnr == "974760673"


def test_kommune_employee_never_gets_a_firms_orgnr():
    m = ParsedMail(
        sender=Address("Guro Lie", "guro.lie@nordby.kommune.no"),
        body="Notat: tilbudet fra Nordby Bygg AS, org.nr 974 760 673, er vurdert.",
    )
    assert read(m).orgnr is None


def test_another_kommune_invoicing_has_its_own_orgnr():
    m = ParsedMail(
        sender=Address("Bremnes kommune", "faktura@bremnes.kommune.no"),
        body="Vedlagt følger faktura for gjesteelev.",
        signature="Med hilsen\nBremnes kommune\norg.nr.: 974 760 673",
    )
    part = read(m)
    assert (part.navn, part.orgnr) == ("Bremnes kommune", "974760673")


def test_foreign_branch_registration_number_is_an_orgnr():
    m = ParsedMail(
        sender=Address("Anna Schmidt", "a.schmidt@timber.lv"),
        body="Could you please confirm whether this requires a permit?\n\nAnna Schmidt\nProject Manager\n"
        "Riga Timber SIA NUF\nReg. no. (Norway) 974 760 673",
    )
    part = read(m)
    assert (part.navn, part.orgnr) == ("Riga Timber SIA NUF", "974760673")
