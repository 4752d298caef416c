package uk.safeshare.risk;

/**
 * The 27 questions of the domestic abuse risk checklist, on the same topics and in the same order
 * as the police version, written in SafeShare's own words. Each "yes" adds one to the score.
 * The immigration-related factors are a separate list ({@link ImmigrationFactor}) and never count here.
 */
public enum RiskQuestion {
    INJURY("Injury", "Did this incident leave the victim injured in any way?"),
    VERY_FRIGHTENED("Fear", "Is the victim very frightened?"),
    FEARS_FURTHER_HARM("What the victim fears", "Is the victim afraid of what the abuser may do next: further injury, violence or being killed?"),
    ISOLATED("Isolation", "Does the victim feel cut off from family, friends or others who could help?"),
    DEPRESSED_OR_SUICIDAL("Depression", "Is the victim feeling low or depressed, or having thoughts of suicide?"),
    RECENT_SEPARATION("Separation", "Has the victim separated from the abuser, or tried to, in the past year?"),
    CHILD_CONTACT_CONFLICT("Child contact", "Is there conflict over contact with the children?"),
    STALKING_OR_HARASSMENT("Stalking", "Does the abuser keep calling, texting, contacting, following or watching the victim, or turn up uninvited?"),
    PREGNANT_OR_NEW_BABY("Pregnancy", "Is the victim pregnant, or have they had a baby in the last 18 months?"),
    OTHER_CHILDREN_IN_HOUSEHOLD("Children in the household", "Are there children in the household who are not the abuser's own?"),
    CHILDREN_HURT("Harm to children", "Has the abuser ever hurt any of the children?"),
    CHILDREN_THREATENED("Threats to children", "Has the abuser ever threatened to hurt or kill any of the children?"),
    ABUSE_MORE_FREQUENT("Escalation: frequency", "Is the abuse happening more often than before?"),
    ABUSE_MORE_SEVERE("Escalation: severity", "Is the abuse getting worse?"),
    CONTROLLING_OR_JEALOUS("Control", "Does the abuser try to control everything the victim does, or show extreme jealousy?"),
    WEAPONS_USED("Weapons", "Has the abuser ever used a weapon or an object to hurt the victim?"),
    THREATS_TO_KILL("Threats to kill", "Has the abuser ever threatened to kill the victim or someone else, and did the victim believe it?"),
    STRANGULATION("Strangulation", "Has the abuser ever strangled, choked, suffocated or tried to drown the victim?"),
    SEXUAL_ABUSE("Sexual abuse", "Does the abuser do or say sexual things that hurt the victim or make them feel bad, or has the abuser sexually abused anyone?"),
    OTHERS_POSE_THREAT("Others involved", "Is anyone else, such as the abuser's family, threatening the victim or feared by them?"),
    HARMED_OTHERS("Harm to others", "Does the victim know of the abuser hurting anyone else: children, relatives, former partners or strangers?"),
    HARMED_ANIMALS("Harm to animals", "Has the abuser ever mistreated an animal or a family pet?"),
    FINANCIAL_ISSUES("Money", "Are there money problems: is the victim financially dependent on the abuser, or has the abuser recently lost their job?"),
    SUBSTANCE_OR_MENTAL_HEALTH("Substance misuse", "Has the abuser had problems with alcohol, drugs or mental health that get in the way of everyday life?"),
    ABUSER_SUICIDE_THREATS("Suicide", "Has the abuser ever threatened or attempted suicide?"),
    BREACH_OF_ORDERS("Breach of orders", "Has the abuser ever broken bail, an injunction, a protective order or an agreement about contact?"),
    CRIMINAL_HISTORY("Criminal history", "Does the victim know of the abuser having a criminal history, in particular for violence, domestic abuse or sexual offences?");

    private final String topic;
    private final String text;

    RiskQuestion(String topic, String text) {
        this.topic = topic;
        this.text = text;
    }

    public String topic() {
        return topic;
    }

    public String text() {
        return text;
    }

    /** 1 to 27, as the question appears on the checklist. */
    public int number() {
        return ordinal() + 1;
    }
}
