namespace PyCgiRunner; static class Program { static int Main(string[] a) => 0; }
