namespace Senate.Bot.Storage;

/// <summary>
/// What a store keeps of the writer's transaction in progress (changes seen by the rest of the transaction before its
/// commit): a new transaction finds it made afresh, whether the one before committed (and its after-commit actions
/// took the changes in) or rolled back. Used on the writer thread only.
/// </summary>
internal sealed class TransactionState<T>(Func<T> create)
    where T : class
{
    private long _transaction = -1;
    private T? _value;

    /// <summary>The state of the transaction in progress.</summary>
    public T Current(DatabaseWriter writer) => Begin(writer, out _);

    /// <summary>The state of the transaction in progress; <paramref name="isNew"/> is true the first time the transaction asks.</summary>
    public T Begin(DatabaseWriter writer, out bool isNew)
    {
        isNew = _transaction != writer.Transaction;
        if (isNew)
        {
            _value = create();
            _transaction = writer.Transaction;
        }

        return _value!;
    }
}
