namespace AseanAi.Citations.Parsing.Reading;

/// <summary>Places of publication (reading-words.txt, [place]): 北京 in 北京：中华书局, Tokyo in Tokyo: Iwanami.</summary>
internal static class Places
{
    public static bool Contains(string text) => text.Length <= 20 && ReadingWords.Instance.Contains("place", text.Trim());
}
