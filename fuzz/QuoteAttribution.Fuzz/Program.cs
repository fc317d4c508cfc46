using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteAttribution;
using QuoteAttribution.Fuzz;

// dotnet run -c Release --project fuzz/QuoteAttribution.Fuzz -- [INPUTS] [THREADS] [SEED]
// Seeds: our own articles (benchmarks/…/Data, samples/, corpora/*.jsonl texts) and, when present, the real articles of
// ../shared/data/unlabeled/articles.jsonl (read at run time, never copied). Each input is a mutated window of a seed,
// read as a JSON Lines record and analysed; a crash is saved under fuzz/findings/ (input and message) and counted,
// and so is an input that takes longer than 5 s (a hang: hostile input must stay linear).
if (args is ["replay", var file])
{
    // Runs one saved input (a fuzz/findings file) through the target: to reproduce a finding.
    var replay = new FuzzTarget(new QuoteExtractor()).Run(File.ReadAllText(file).TrimEnd('\n'));
    Console.WriteLine(replay ?? "ok");
    return replay is null ? 0 : 1;
}

var inputs = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
var randomSeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 12;
var root = Repository.Root();
var seeds = Repository.Seeds(root);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {seeds.Count:N0} seed articles, {inputs:N0} inputs, {threads} threads, seed {randomSeed}"));

var extractor = new QuoteExtractor();
var target = new FuzzTarget(extractor);
var findings = Path.Combine(root, "fuzz", "findings");
long done = 0;
long crashes = 0;
var clock = Stopwatch.StartNew();
var watchdog = new Watchdog(threads, TimeSpan.FromSeconds(5), findings);
var workers = Enumerable.Range(0, threads).Select(w => Task.Run(() =>
{
    var mutator = new Mutator(seeds, randomSeed * 1000 + w);
    while (true)
    {
        var n = Interlocked.Increment(ref done);
        if (n > inputs)
        {
            return;
        }

        var text = mutator.NextText();
        var line = mutator.NextLine(text, n);
        watchdog.Starting(w, n, line);
        var problem = target.Run(line);
        watchdog.Finished(w);
        if (problem is not null)
        {
            Interlocked.Increment(ref crashes);
            Directory.CreateDirectory(findings);
            File.WriteAllText(Path.Combine(findings, $"crash-{n}.jsonl"), line + "\n", new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(findings, $"crash-{n}.txt"), problem + "\n");
            Console.WriteLine($"crash at input {n}: {problem.Split('\n')[0]}");
        }

        if (n % 50_000 == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n:N0} inputs, {Interlocked.Read(ref crashes)} crashes, {clock.Elapsed.TotalSeconds:0} s"));
        }
    }
})).ToArray();
Task.WaitAll(workers);
watchdog.Dispose();
var total = Math.Min(inputs, Interlocked.Read(ref done));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fuzz: {total:N0} inputs, {crashes} crashes, {watchdog.Slow} slower than 5 s, {clock.Elapsed.TotalSeconds:0} s ({total / clock.Elapsed.TotalSeconds:N0} inputs/s)"));
return crashes == 0 && watchdog.Slow == 0 ? 0 : 1;
