using System.Collections.Frozen;
using SentimentDashboard.Text;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Dense features for the hate model that look at how a group is spoken of rather than whether it is named: words
/// that dehumanise (vermin, invaders, savages), calls to violence or expulsion ("kill", "deport", "send them back", "kick them out"),
/// slurs, insults aimed at the reader ("you stupid …"), and the pairing of an attack with a named group or a
/// generalisation ("these animals", "all muslims"). Naming a group alone is not a feature: that is the topic the
/// shipped model wrongly learned. The word lists were written for this repository; every token is matched as the
/// tokenizer gives it (lower case, hashtag words split, elongations shortened).
/// </summary>
public static class HateCues
{
    public const int FeatureCount = 7;

    /// <summary>How many tokens after "you" or an expulsion verb its insult or particle may follow.</summary>
    private const int Reach = 3;

    /// <summary>For each feature, the cues of the words it comes from (for explanations: its share goes to those words).</summary>
    public static IReadOnlyList<HateCue> FeatureSources { get; } =
    [
        HateCue.Dehumanising,
        HateCue.Violence | HateCue.ExpelVerb | HateCue.ExpelParticle,
        HateCue.Slur,
        HateCue.SecondPerson | HateCue.Insult | HateCue.Slur,
        HateCue.Group | HateCue.Dehumanising,
        HateCue.Group | HateCue.Violence | HateCue.ExpelVerb | HateCue.ExpelParticle,
        HateCue.Generalising | HateCue.Group | HateCue.Dehumanising,
    ];

    /// <summary>What a token signals: a word's cues from <see cref="Words"/>; a mention addresses the reader.</summary>
    public static HateCue Of(TokenKind kind, HateCue wordCues) => kind switch
    {
        TokenKind.Word => wordCues,
        TokenKind.Mention => HateCue.SecondPerson,
        _ => HateCue.None,
    };

    /// <summary>The cue words and what each signals; <see cref="TokenVocabulary"/> holds them, so a token costs no extra lookup.</summary>
    public static FrozenDictionary<string, HateCue> Words { get; } = BuildWords();


    /// <summary>
    /// Writes the <see cref="FeatureCount"/> features of a tokenized text into <paramref name="output"/>, given each
    /// token's entry in a <see cref="TokenVocabulary"/> (which holds the cue words): log(1 + count)
    /// of dehumanising words, of calls to violence or expulsion and of slurs; then 0/1 for an insult aimed at the reader,
    /// a group named with dehumanising words, a group named with a call to violence or expulsion, and a generalising
    /// word right before a group or a dehumanising word.
    /// </summary>
    public static void Compute(ReadOnlySpan<Token> tokens, ReadOnlySpan<TokenEntry> entries, Span<float> output)
    {
        int dehumanising = 0, violence = 0, slurs = 0;
        bool group = false, atReader = false, generalised = false;
        var sinceSecondPerson = int.MaxValue;
        var sinceExpelVerb = int.MaxValue;
        var previous = HateCue.None;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var cue = Of(token.Kind, entries[t].Cue);
            group |= cue.HasFlag(HateCue.Group);
            dehumanising += cue.HasFlag(HateCue.Dehumanising) ? 1 : 0;
            violence += cue.HasFlag(HateCue.Violence) || (cue.HasFlag(HateCue.ExpelParticle) && sinceExpelVerb <= Reach) ? 1 : 0;
            slurs += cue.HasFlag(HateCue.Slur) ? 1 : 0;
            atReader |= (cue & (HateCue.Insult | HateCue.Slur)) != 0 && sinceSecondPerson <= Reach;
            generalised |= previous.HasFlag(HateCue.Generalising) && (cue & (HateCue.Group | HateCue.Dehumanising)) != 0;
            sinceSecondPerson = cue.HasFlag(HateCue.SecondPerson) ? 1 : sinceSecondPerson == int.MaxValue ? sinceSecondPerson : sinceSecondPerson + 1;
            sinceExpelVerb = cue.HasFlag(HateCue.ExpelVerb) ? 1 : sinceExpelVerb == int.MaxValue ? sinceExpelVerb : sinceExpelVerb + 1;
            previous = token.Kind == TokenKind.Punctuation ? HateCue.None : cue;
        }

        output[0] = MathF.Log(1 + dehumanising);
        output[1] = MathF.Log(1 + violence);
        output[2] = MathF.Log(1 + slurs);
        output[3] = atReader ? 1 : 0;
        output[4] = group && dehumanising > 0 ? 1 : 0;
        output[5] = group && violence > 0 ? 1 : 0;
        output[6] = generalised ? 1 : 0;
    }

    private static FrozenDictionary<string, HateCue> BuildWords()
    {
        var words = new Dictionary<string, HateCue>(StringComparer.Ordinal);
        void Add(HateCue cue, string list)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | cue;
            }
        }

        Add(HateCue.Group, "immigrant immigrants immigration migrant migrants refugee refugees asylum aliens foreigners illegals " +
            "muslim muslims islam islamic mexicans africans arabs jews blacks women woman girls females feminists wives");
        Add(HateCue.Dehumanising, "animal animals vermin parasite parasites invader invaders invasion invading infest infested " +
            "infesting swarm swarms horde hordes cockroach cockroaches roaches rats savage savages subhuman subhumans leech " +
            "leeches plague scum filth filthy trash garbage pigs apes monkeys criminals rapist rapists illegals barbarians");
        Add(HateCue.Violence, "kill killing murder shoot hang lynch burn exterminate eradicate slaughter gas deport deported " +
            "deporting deportation deportations expel expelled ban banned");
        Add(HateCue.ExpelVerb, "send sent kick throw ship");
        Add(HateCue.ExpelParticle, "back out home");
        Add(HateCue.Slur, "bitch bitches whore whores slut sluts cunt cunts hoe hoes skank skanks thot thots twat wetback " +
            "wetbacks beaner beaners raghead ragheads towelhead towelheads muzzie muzzies kike kikes spic spics chink chinks " +
            "nigger niggers paki pakis gook gooks coon coons faggot faggots fag fags tranny");
        Add(HateCue.Insult, "idiot idiots stupid moron morons dumb dumbass loser losers ugly fat pathetic disgusting retard " +
            "retarded trash scum pig worthless");
        Add(HateCue.SecondPerson, "you u ur your youre yo ya");
        Add(HateCue.Generalising, "these those all them they every");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
