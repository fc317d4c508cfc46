namespace QuoteAttribution.Claims;

/// <summary>Union-find over 0…n-1 with path halving; the representative of a set is its smallest member.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else if (rb < ra)
        {
            _parent[ra] = rb;
        }
    }
}
