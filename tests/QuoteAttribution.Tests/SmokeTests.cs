using NUnit.Framework;
namespace QuoteAttribution.Tests;
public sealed class SmokeTests { [Test] public void Smoke() { var x = "a" + "b"; Assert.That(x, Is.EqualTo("ab")); } }
