using System.Data.Common;

namespace QuoteAttribution.Store.Shared;

/// <summary>Parameterised commands on either backend: every value reaches the database as a parameter, never as SQL text.</summary>
internal static class DbCommands
{
    /// <summary>A command in <paramref name="transaction"/> (if any) with the given <c>@name</c> parameters that <paramref name="sql"/> uses.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (!sql.Contains(name, StringComparison.Ordinal))
            {
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="values"/> as its parameters, in order.</summary>
    public static void Run(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>A command with the named parameters, values to be set by <see cref="Run"/>.</summary>
    public static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = Create(connection, transaction, sql);
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The text in column <paramref name="ordinal"/>, or null.</summary>
    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
