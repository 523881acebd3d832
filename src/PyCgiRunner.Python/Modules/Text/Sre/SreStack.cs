namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// The matcher's backtracking frames and data stack, kept per thread between matches so that a match does not
/// allocate them again. Frames live in fixed-size chunks that never move once made, so a frame can be held by
/// reference while the stack grows above it (SRE_COUNT runs nested matches on the same stack). Only the first
/// chunks are kept, so one long match does not hold its memory for the life of the thread.
/// </summary>
internal sealed class SreStack
{
    public const int ChunkBits = 8;
    public const int ChunkSize = 1 << ChunkBits;
    private const int KeptChunks = 16;

    [ThreadStatic] private static SreStack? t_spare;

    public SreFrame[]?[] Chunks = new SreFrame[]?[4];
    public int[] Data = new int[64];

    public static SreStack Rent()
    {
        var stack = t_spare ?? new SreStack();
        t_spare = null;
        return stack;
    }

    public static void Return(SreStack stack)
    {
        if (stack.Chunks.Length > KeptChunks) Array.Resize(ref stack.Chunks, KeptChunks);
        if (stack.Data.Length > KeptChunks * ChunkSize) stack.Data = new int[64];
        t_spare = stack;
    }

    /// <summary>The frame at a depth, making its chunk when the stack first reaches it.</summary>
    public ref SreFrame At(int depth)
    {
        var chunk = depth >> ChunkBits;
        if (chunk >= Chunks.Length) Array.Resize(ref Chunks, Chunks.Length * 2);
        return ref (Chunks[chunk] ??= new SreFrame[ChunkSize])[depth & (ChunkSize - 1)];
    }
}
