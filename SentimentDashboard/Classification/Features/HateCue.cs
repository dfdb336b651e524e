namespace SentimentDashboard.Classification.Features;

/// <summary>What a word signals to the <see cref="HateCues"/>; a word may signal several things ("trash": dehumanising and an insult).</summary>
[Flags]
public enum HateCue : ushort
{
    None = 0,
    Group = 1,
    Dehumanising = 2,
    Violence = 4,
    Slur = 8,
    Insult = 16,
    SecondPerson = 32,
    Generalising = 64,
    ExpelVerb = 128,
    ExpelParticle = 256,
}
