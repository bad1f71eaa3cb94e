package org.kneadwell.screening.policy;

import java.util.List;

/**
 * The red-flag questions of the intake, with the patient wording and sources of clinical-reference §2.2.
 * The wording is adapted from NHS cauda equina warning cards and guideline lists; it is not a validated
 * questionnaire and needs clinical sign-off before release. What each answer means for triage lives in
 * {@link TriageTable}, not here.
 */
public enum RedFlag {
    RF1("Numbness in the saddle area",
            "Do you have numbness, tingling or \"pins and needles\" between your inner thighs, around your genitals, "
            + "or around your back passage or buttocks (the area you would sit on in a saddle)?", "S7", "S3", "S8"),
    RF2("Difficulty starting or controlling urination",
            "Has it become harder to start passing urine, to control or stop the flow, or have you lost the feeling "
            + "of passing urine?", "S7", "S3"),
    RF3("Urinary leakage or no bladder feeling",
            "Have you recently leaked urine or needed pads, or can you not tell when your bladder is full or empty?", "S7"),
    RF4("A change in bowel control or feeling",
            "Have you had difficulty controlling your bowels, leaking, or lost feeling when you open your bowels?",
            "S7", "S3"),
    RF5("Altered feeling when wiping",
            "Have you noticed new numbness or altered feeling when wiping with toilet paper?", "S7"),
    RF6("New sexual dysfunction or genital numbness",
            "Have you noticed a new change in your ability to get an erection or ejaculate, or loss of genital "
            + "sensation during sex?", "S7", "S48"),
    RF7("Pain, numbness or weakness in both legs, or worsening leg weakness",
            "Do you have pain, numbness or weakness in both legs, or leg weakness or foot drop that is getting worse?",
            "S3", "S4", "S8"),
    RF8("Fever, chills or feeling unwell with the back pain",
            "Have you had a fever, chills or sweats, or felt generally unwell, with this back pain?", "S8", "S9", "S4"),
    RF9("A raised risk of infection (injecting drugs, weak immunity, recent infection or wound)",
            "Do you inject drugs, have a weakened immune system (for example HIV, a transplant, chemotherapy, "
            + "long-term steroids or biologics), or have you recently had a bacterial infection (such as a urinary "
            + "infection) or a penetrating wound?", "S8", "S9"),
    RF10("A history of cancer",
            "Have you ever had cancer?", "S5", "S8", "S9"),
    RF11("Weight loss without trying",
            "Have you lost weight without trying?", "S8", "S9"),
    RF12("Constant severe night pain not eased by changing position",
            "Is the pain constant and severe at night, preventing sleep, or not eased by changing position or "
            + "lying down?", "S5", "S8", "S9"),
    RF13("Upper back or neck pain, or pain worse on coughing or straining",
            "Do you have pain in the middle or upper back or in the neck, or pain made worse by coughing, sneezing "
            + "or straining?", "S5"),
    RF14("Pain that started after an injury",
            "Did the back pain start after a significant injury (a fall from a height, a road accident), or after "
            + "a minor fall or lift if you have osteoporosis or take long-term steroids?", "S8", "S9"),
    RF15("Back pain that first started under 20 or over 50",
            "Did this back pain first start when you were under 20 or over 50?", "S8", "S9", "S4"),
    RF16("No improvement at all after 4 to 6 weeks of care",
            "Has the pain failed to improve at all after 4 to 6 weeks of usual care?", "S8", "S49"),
    RF17("A pulsating lump in the abdomen or known artery disease with rest or night pain",
            "Do you have a pulsating feeling or lump in your abdomen, or known artery disease, with back pain at "
            + "rest or at night?", "S49"),
    RF18A("Back pain that started before 40",
            "Did your back pain start before you were 40?", "S10"),
    RF18B("Back pain that came on gradually",
            "Did your back pain come on gradually?", "S10"),
    RF18C("Back pain that improves with exercise",
            "Does your back pain get better with exercise?", "S10"),
    RF18D("Back pain that rest does not improve",
            "Does your back pain stay the same when you rest?", "S10"),
    RF18E("Night pain that improves on getting up",
            "Does your back pain wake you at night and get better when you get up?", "S10");

    private final String summary;
    private final String question;
    private final List<String> sources;

    RedFlag(String summary, String question, String... sources) {
        this.summary = summary;
        this.question = question;
        this.sources = List.of(sources);
    }

    /** A few plain words for staff and for reasons (screening contract §1). */
    public String summary() {
        return summary;
    }

    /** The yes/no question as the patient sees it. */
    public String question() {
        return question;
    }

    /** The source tags of clinical-reference §2.2 for this question. */
    public List<String> sources() {
        return sources;
    }

    /** Whether this is one of the five inflammatory-back-pain features RF18A–E (ASAS) [S10]. */
    public boolean isInflammatoryFeature() {
        return name().startsWith("RF18");
    }
}
