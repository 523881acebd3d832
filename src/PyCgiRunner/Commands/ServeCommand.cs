namespace PyCgiRunner.Commands;

public static class ServeCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("pycgi: not implemented yet");
        return 2;
    }
}
