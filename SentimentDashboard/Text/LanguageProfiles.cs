using System.Collections.Frozen;

namespace SentimentDashboard.Text;

/// <summary>
/// Hand-written evidence for the Latin-script languages the detector separates: frequent function words and social
/// words, letter trigrams typical of each language's spelling, and the accented letters each uses. A word or trigram
/// listed for several languages counts for each of them, divided among them.
/// </summary>
internal static class LanguageProfiles
{
    public static readonly string[] Codes = ["en", "fr", "de", "es", "it", "pt", "nl"];

    public const int English = 0;

    private static readonly string[][] Words =
    [
        // en
        ["the", "and", "is", "are", "was", "were", "you", "your", "i", "i'm", "im", "it", "it's", "its", "to", "of", "in", "that", "this",
         "for", "with", "on", "be", "been", "have", "has", "had", "not", "but", "my", "me", "so", "just", "what", "do", "does", "did",
         "don't", "dont", "we", "they", "he", "she", "at", "will", "can", "can't", "all", "if", "like", "no", "get", "got", "about",
         "from", "out", "up", "an", "or", "there", "their", "would", "could", "should", "really", "because", "when", "how", "who", "why",
         "which", "some", "more", "than", "then", "them", "our", "us", "him", "her", "his", "by", "as", "going", "good", "great", "love",
         "thanks", "thank", "today", "people", "know", "think", "want", "see", "time", "day", "new", "one", "very", "much", "still",
         "also", "here", "now", "only", "even", "after", "before", "never", "always", "being", "over", "into", "these", "those", "any",
         "other", "lol", "yes", "well", "way", "need", "right", "back", "make", "best", "happy", "u", "ur", "gonna", "wanna", "too"],

        // fr
        ["le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "je", "tu", "il", "elle", "nous", "vous", "ils",
         "elles", "ce", "cette", "ces", "que", "qui", "quoi", "dans", "pour", "pas", "ne", "sur", "avec", "mais", "ou", "où", "au", "aux",
         "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "leur", "très", "bien", "tout", "tous", "plus", "moins", "être",
         "avoir", "fait", "faire", "comme", "aussi", "été", "était", "c'est", "j'ai", "ça", "oui", "non", "merci", "bonjour", "salut",
         "toujours", "encore", "déjà", "rien", "même", "y", "en", "on", "vraiment", "trop", "peu", "chez", "sans", "entre", "parce",
         "quand", "alors", "donc", "voilà", "l'", "d'", "j'", "qu'", "n'", "c'", "s'", "m'", "t'", "aujourd'hui", "suis", "ai", "va"],

        // de
        ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und", "ist", "sind", "war", "ich", "du", "er", "sie",
         "es", "wir", "ihr", "nicht", "mit", "auf", "für", "von", "zu", "im", "auch", "aber", "oder", "wenn", "dass", "noch", "nur",
         "schon", "so", "wie", "was", "wer", "hier", "heute", "sehr", "mehr", "kein", "keine", "mein", "dein", "sein", "haben", "hat",
         "hatte", "werden", "wird", "wurde", "bei", "nach", "aus", "über", "um", "am", "vom", "zum", "zur", "doch", "mal", "jetzt",
         "immer", "gut", "danke", "ja", "nein", "bitte", "man", "alle", "diese", "dieser", "dieses", "gibt", "kann", "muss", "soll",
         "ganz", "wieder", "gegen", "ohne", "unter", "durch", "warum", "weil", "hallo", "guten", "morgen", "bin", "habe", "uns"],

        // es
        ["el", "la", "los", "las", "un", "una", "unos", "unas", "y", "es", "son", "está", "están", "estoy", "que", "de", "del", "en",
         "por", "para", "con", "sin", "no", "sí", "se", "lo", "le", "les", "me", "te", "mi", "tu", "su", "sus", "yo", "él", "ella",
         "nosotros", "ellos", "pero", "como", "más", "muy", "todo", "todos", "también", "ya", "hay", "ser", "estar", "fue", "era",
         "este", "esta", "esto", "ese", "esa", "eso", "porque", "cuando", "donde", "qué", "cómo", "gracias", "hola", "bien", "hoy",
         "ahora", "siempre", "nada", "mucho", "poco", "tiene", "tengo", "hace", "al", "o", "pues", "aquí", "buenos", "días", "nos"],

        // it
        ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "è", "sono", "di", "da", "del", "della", "dei", "delle", "in",
         "con", "su", "per", "tra", "fra", "non", "che", "chi", "cosa", "ma", "anche", "come", "più", "molto", "tutto", "tutti",
         "questo", "questa", "quello", "quella", "mi", "ti", "si", "ci", "vi", "io", "tu", "lui", "lei", "noi", "voi", "loro", "mio",
         "mia", "suo", "sua", "ho", "ha", "hanno", "abbiamo", "essere", "stato", "fatto", "oggi", "sempre", "ancora", "già", "grazie",
         "ciao", "bene", "perché", "quando", "dove", "allora", "proprio", "nel", "nella", "al", "alla", "dal", "dalla", "sul", "sulla",
         "degli", "ecco", "l'", "un'", "dell'", "all'", "nell'", "c'è", "buongiorno"],

        // pt
        ["o", "a", "os", "as", "um", "uma", "e", "é", "são", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por",
         "para", "com", "sem", "não", "que", "se", "mas", "como", "mais", "muito", "muita", "tudo", "todos", "também", "já", "eu",
         "você", "ele", "ela", "nós", "eles", "elas", "meu", "minha", "seu", "sua", "isso", "isto", "esse", "essa", "este", "esta",
         "aqui", "hoje", "sempre", "ainda", "obrigado", "obrigada", "olá", "bom", "boa", "bem", "está", "estou", "tem", "ter", "foi",
         "ser", "estar", "porque", "quando", "onde", "então", "pelo", "pela", "ao", "à", "agora", "nada", "vai", "dia"],

        // nl
        ["de", "het", "een", "en", "is", "zijn", "was", "waren", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "niet",
         "geen", "met", "op", "voor", "van", "in", "aan", "bij", "uit", "naar", "over", "om", "te", "dat", "die", "dit", "deze", "wat",
         "wie", "waar", "hoe", "maar", "of", "ook", "nog", "al", "wel", "heel", "veel", "meer", "heb", "hebben", "heeft", "had",
         "wordt", "worden", "kan", "kunnen", "moet", "zal", "zou", "er", "hier", "daar", "nu", "vandaag", "altijd", "dank", "bedankt",
         "hallo", "goed", "mijn", "jouw", "haar", "ons", "onze", "echt", "gewoon", "toch", "dus", "omdat", "als", "want", "goedemorgen"],
    ];

    private static readonly string[][] Trigrams =
    [
        ["the", "ing", "and", "tha", "hat", "ght", "oul", "you", "thi", "ith", "wha", "hey", "eve", "ver", "all", "ter", "ere", "ous", "ays", "ont"],
        ["eau", "aux", "ais", "ait", "ent", "les", "que", "qui", "ous", "eux", "oir", "ien", "ell", "oui", "tre", "mme", "est", "oin", "uoi", "eur"],
        ["sch", "ich", "cht", "ein", "und", "der", "die", "ung", "gen", "ver", "ber", "eit", "tzt", "ach", "ist", "nde", "auf", "hen", "ier", "lic"],
        ["que", "ión", "ado", "ada", "nte", "los", "las", "ien", "del", "est", "cia", "ero", "ndo", "por", "aci", "mos", "ños", "ito", "ues", "ñas"],
        ["che", "chi", "zio", "ell", "gli", "ato", "ata", "ere", "ire", "non", "ono", "tto", "tti", "lla", "ett", "iam", "cco", "zza", "nno", "ssi"],
        ["ção", "çõe", "ões", "não", "que", "nte", "ado", "ada", "com", "est", "ndo", "mos", "nha", "lho", "ava", "ais", "çar", "ent", "ade", "ito"],
        ["ijk", "een", "oor", "aar", "sch", "cht", "ver", "gen", "erd", "eer", "ijn", "oud", "uit", "aan", "ook", "oed", "lij", "tje", "jes", "ijd"],
    ];

    /// <summary>Accented letters and what each says (weight per language, in <see cref="Codes"/> order).</summary>
    private static readonly (char Letter, float[] Weights)[] Letters =
    [
        ('ß', [0, 0, 2, 0, 0, 0, 0]),
        ('ä', [0, 0, 1, 0, 0, 0, 0]),
        ('ö', [0, 0, 1, 0, 0, 0, 0.2f]),
        ('ü', [0, 0, 1, 0, 0, 0, 0]),
        ('ñ', [0, 0, 0, 2, 0, 0, 0]),
        ('¿', [0, 0, 0, 2, 0, 0, 0]),
        ('¡', [0, 0, 0, 2, 0, 0, 0]),
        ('ã', [0, 0, 0, 0, 0, 2, 0]),
        ('õ', [0, 0, 0, 0, 0, 2, 0]),
        ('ç', [0, 0.7f, 0, 0, 0, 0.7f, 0]),
        ('é', [0, 0.4f, 0, 0.3f, 0.2f, 0.3f, 0.1f]),
        ('è', [0, 0.6f, 0, 0, 0.6f, 0, 0]),
        ('ê', [0, 0.6f, 0, 0, 0, 0.6f, 0]),
        ('à', [0, 0.6f, 0, 0, 0.4f, 0.3f, 0]),
        ('ù', [0, 0.5f, 0, 0, 0.5f, 0, 0]),
        ('â', [0, 0.5f, 0, 0, 0, 0.5f, 0]),
        ('î', [0, 1, 0, 0, 0, 0, 0]),
        ('ï', [0, 0.7f, 0, 0, 0, 0, 0.3f]),
        ('ë', [0, 0.5f, 0, 0, 0, 0, 0.5f]),
        ('ô', [0, 0.7f, 0, 0, 0, 0.3f, 0]),
        ('û', [0, 1, 0, 0, 0, 0, 0]),
        ('œ', [0, 2, 0, 0, 0, 0, 0]),
        ('á', [0, 0, 0, 0.5f, 0, 0.5f, 0]),
        ('í', [0, 0, 0, 0.6f, 0, 0.4f, 0]),
        ('ó', [0, 0, 0, 0.6f, 0, 0.4f, 0]),
        ('ú', [0, 0, 0, 0.6f, 0, 0.4f, 0]),
        ('ì', [0, 0, 0, 0, 1, 0, 0]),
        ('ò', [0, 0, 0, 0, 1, 0, 0]),
    ];

    public static int Count => Codes.Length;

    /// <summary>Each listed word with the languages (bit i = <see cref="Codes"/>[i]) that use it.</summary>
    public static FrozenDictionary<string, byte> WordLanguages { get; } = Masks(Words);

    /// <summary>Each trigram (three lower-case letters) with the languages that favour it.</summary>
    public static FrozenDictionary<string, byte> TrigramLanguages { get; } = Masks(Trigrams);

    public static FrozenDictionary<char, float[]> LetterWeights { get; } = Letters.ToFrozenDictionary(l => l.Letter, l => l.Weights);

    private static FrozenDictionary<string, byte> Masks(string[][] lists)
    {
        var masks = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var language = 0; language < lists.Length; language++)
        {
            foreach (var entry in lists[language])
            {
                masks[entry] = (byte)(masks.GetValueOrDefault(entry) | (1 << language));
            }
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
