namespace RoleBot.Web.Api;

/// <summary>A request body read into <typeparamref name="T"/>, or the refusal that explains why it could not be.</summary>
internal sealed record Parsed<T>(T? Value, Refusal? Refusal)
    where T : class
{
    public static Parsed<T> Ok(T value) => new(value, null);

    public static implicit operator Parsed<T>(Refusal refusal) => new(null, refusal);
}
